-- wrk script: GETs one portal page (PAGE, e.g. /portal/contracts.xhtml) as many signed-in users,
-- one session per connection (the JSESSIONIDs in the file SESSIONS, one per line), and prints the
-- latency percentiles wrk's own report leaves out (p95).
local sessions = {}
for line in io.lines(os.getenv("SESSIONS")) do
  sessions[#sessions + 1] = line
end
local page = os.getenv("PAGE")
local next_session = 0
-- THINK_MS > 0: each connection (a user) reads a page for THINK_MS on average before asking for
-- the next, as people do: uniformly between half and one and a half times THINK_MS, so that the
-- users do not stay in step (with one fixed pause all 50 would ask at the same instant every
-- round, which measures a burst of 50 at once rather than 50 people). 0 measures the saturated
-- server (latency is then queueing behind the throughput).
local think = tonumber(os.getenv("THINK_MS") or "0")
if think > 0 then
  delay = function()
    return math.floor(think * (0.5 + math.random()))
  end
end

setup = function(thread)
  thread:set("first", next_session)
  next_session = next_session + 1
end

init = function(args)
  math.randomseed(os.time() + (first or 0) * 7919)
end

local counter = 0
request = function()
  counter = counter + 1
  local session = sessions[((first or 0) * 7919 + counter) % #sessions + 1]
  return wrk.format("GET", page, { ["Cookie"] = "JSESSIONID=" .. session })
end

response = function(status, headers, body)
  if status ~= 200 then
    error("HTTP " .. status .. " for " .. page)
  end
end

done = function(summary, latency, requests)
  io.write(string.format(
    "RESULT %s think=%dms requests=%d errors=%d rps=%.0f p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms\n",
    page, think, summary.requests, summary.errors.status + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
