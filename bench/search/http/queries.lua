-- wrk script: GET /api/search over the search bench's 20-query mix (bench/search/Program.cs), one after the other
-- per connection, and a count of answers by status so the results file can show how many were shed with 503.
local queries = {
  "eliquis", "eliquis OR apixaban", "\"atrial fibrillation\" AND NOT warfarin", "metfor*", "brand:humira",
  "disease:E11", "specialty:cardiology bleeding", "sentiment:negative brand:xarelto", "ae:true brand:eliquis",
  "(eliquis OR xarelto) bleeding", "\"heart failure\" date:2026-01-01..2026-03-31", "insulin NOT metformin",
  "state:TX disease:I48", "ozempic OR wegovy OR mounjaro", "generic:semaglutide",
  "\"chronic kidney disease\" specialty:nephrology", "keytruda rash", "disease:C50 sentiment:positive",
  "atorva* myalgia", "brand:jardiance date:2025-06-01..2025-12-31",
}

-- SEARCH_HTTP_BENCH_CLASS=filter keeps the 8 queries without text (tags, segments, dates: decision 094), =text the 12
-- with text; unset, the whole mix. One class at a time shows where each spends.
local class = os.getenv("SEARCH_HTTP_BENCH_CLASS") or ""
if class ~= "" then
  local kept = {}
  for _, q in ipairs(queries) do
    local filter_only = true
    for word in q:gsub('"[^"]*"', "x"):gmatch("%S+") do
      if not word:find(":") and word ~= "NOT" and word ~= "AND" and word ~= "OR" then filter_only = false end
    end
    if (class == "filter") == filter_only then table.insert(kept, q) end
  end
  queries = kept
end

local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  n = id
  statuses = {}
  retry_after = 0
end

function request()
  n = n + 1
  return wrk.format("GET", "/api/search?q=" .. encode(queries[(n % #queries) + 1]))
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if status == 503 and headers["Retry-After"] then
    retry_after = retry_after + 1
  end
end

function done(summary, latency, requests)
  local total = {}
  local with_retry = 0
  for _, t in ipairs(threads) do
    local s = t:get("statuses")
    for k, v in pairs(s) do total[k] = (total[k] or 0) + v end
    with_retry = with_retry + t:get("retry_after")
  end
  local parts = {}
  for k, v in pairs(total) do table.insert(parts, k .. "=" .. v) end
  table.sort(parts)
  io.write(string.format("RESULT requests=%d ok=%d rps=%.1f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f timeouts=%d statuses=%s retry_after_503=%d\n",
    summary.requests, total[200] or 0, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.errors.timeout, table.concat(parts, ","), with_retry))
end
