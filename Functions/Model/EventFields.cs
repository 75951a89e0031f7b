namespace EventFunctions.Model;

/// <summary>
/// The properties a create or update body may name, as flags; <see cref="None"/> is any other name. Which are
/// required, mutable or server-set is declared in <see cref="EventContract"/>.
/// </summary>
[Flags]
internal enum EventFields
{
    None = 0,
    EventId = 1 << 0,
    Title = 1 << 1,
    Description = 1 << 2,
    Date = 1 << 3,
    Location = 1 << 4,
    Capacity = 1 << 5,
    Organizer = 1 << 6,
    Status = 1 << 7,
    CreatedAt = 1 << 8,
    UpdatedAt = 1 << 9,
    Version = 1 << 10,
    CreatedBy = 1 << 11,
    UpdatedBy = 1 << 12,
}
