#!/usr/bin/env bash
# Smoke test: the flows a user tries after a deploy, against any deployed or local API.
# Usage: bash scripts/smoke.sh BASE_URL    (e.g. the stack's ApiEndpoint output, or http://127.0.0.1:5080)
# Creates two events (with and without an eventId, on a date far in the future), lists them, filters by status,
# reads, updates, deletes them again, and checks a 404 and a 422. Ends with "smoke: N passed, N failed"; exits 1 on
# any failure. Needs only bash and curl.
set -uo pipefail

if [[ $# -ne 1 || -z "$1" ]]; then
  echo "usage: bash scripts/smoke.sh BASE_URL" >&2
  exit 2
fi

base="${1%/}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

# request METHOD PATH BODY [extra curl args...] (BODY may be ""): sets $status, $body, $headers (names lower-cased).
request() {
  local method="$1" path="$2" data="$3"
  shift 3
  local args=(-sS -X "$method" -o "$work/body" -D "$work/headers" -w '%{http_code}' --max-time 30)
  if [[ -n "$data" ]]; then
    args+=(-H 'Content-Type: application/json' --data-binary "$data")
  fi
  status="$(curl "${args[@]}" "$@" "$base$path" 2>"$work/error")" || status="000"
  body="$(cat "$work/body" 2>/dev/null)"
  headers="$(tr -d '\r' <"$work/headers" 2>/dev/null | sed -E 's/^([^:]+):/\L\1:/')"
}

check() {
  local name="$1"
  shift
  if "$@"; then
    passed=$((passed + 1))
    echo "ok - $name"
  else
    failed=$((failed + 1))
    echo "not ok - $name (HTTP $status: ${body:0:300}$(cat "$work/error" 2>/dev/null))"
  fi
}

is() { [[ "$status" == "$1" ]]; }
has_body() { [[ "$body" == *"$1"* ]]; }
has_header() { grep -q -- "^$1" <<<"$headers"; }

suffix="$(date +%s)-$RANDOM"
id="smoke-$suffix"
date="$((2300 + RANDOM % 100))-0$((1 + RANDOM % 9))-1$((RANDOM % 9))"
event() {
  printf '{%s"title":"Smoke test","description":"Created by scripts/smoke.sh","date":"%s","location":"Nowhere","capacity":10,"organizer":"smoke","status":"%s"}' \
    "$1" "$date" "$2"
}

request POST /events "$(event "\"eventId\":\"$id\"," active)"
check "create with eventId answers 201" is 201
check "create with eventId returns Location and ETag \"1\"" eval 'has_header "location: .*/events/$id" && has_header "etag: \"1\""'

request POST /events "$(event "" scheduled)"
generated="$(grep -o '"eventId":"[0-9a-f-]\{36\}"' <<<"$body" | head -1 | cut -d'"' -f4)"
check "create without eventId answers 201 with a generated UUID" eval 'is 201 && [[ -n "$generated" ]]'

request GET "/events/$id" ""
check "get answers 200 with the event and ETag \"1\"" eval 'is 200 && has_body "\"eventId\":\"$id\"" && has_header "etag: \"1\""'

request GET "/events?limit=1000" ""
check "list answers 200 with a JSON array" eval 'is 200 && [[ "$body" == \[* ]]'

request GET "/events?status=active&from=$date&to=$date" ""
check "status filter returns the active event and not the scheduled one" \
  eval 'is 200 && has_body "\"eventId\":\"$id\"" && ! has_body "\"eventId\":\"$generated\""'

request PUT "/events/$id" '{"capacity":600}' -H 'If-Match: "1"'
check "update with If-Match answers 200, ETag \"2\" and the new capacity" eval 'is 200 && has_header "etag: \"2\"" && has_body "\"capacity\":600"'

request PUT "/events/$id" '{"capacity":700}' -H 'If-Match: "1"'
check "update with a stale If-Match answers 412" is 412

request POST /events '{"title":" ","date":"2024-02-30","capacity":0}'
check "create with invalid fields answers 422 problem+json" eval 'is 422 && has_header "content-type: application/problem+json"'

request DELETE "/events/$id" ""
check "delete answers 204" is 204

request GET "/events/$id" ""
check "get after delete answers 404" is 404

if [[ -n "$generated" ]]; then
  request DELETE "/events/$generated" ""
  check "delete of the generated event answers 204" is 204
fi

echo "smoke: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
