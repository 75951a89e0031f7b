// Preloaded into dynalite's node process (node --require): the parent holds this process's stdin open, so stdin ends
// exactly when the parent is gone, however it went (even SIGKILL). Then dynalite goes too: no orphan on 127.0.0.1.
process.stdin.on('end', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();
