-- wrk script: POSTs incoming-call decisions, the called number rotating over the demo numbers of
-- contracts N200000001 and N200000002 (0350000000-039, 0350010000-039). The API key comes from the
-- environment (API_KEY); the endpoints that ignore it are not disturbed by it.
local numbers = {}
for i = 0, 39 do
  numbers[#numbers + 1] = string.format("03500000%02d", i)
  numbers[#numbers + 1] = string.format("03500100%02d", i)
end
local key = os.getenv("API_KEY") or ""
local think = tonumber(os.getenv("THINK_MS") or "0")
local counter = 0

-- THINK_MS > 0: each connection waits that long after a response before its next request, so the
-- server is measured below saturation (64 connections, 10 ms: at most 6,400 requests/s offered).
if think > 0 then
  delay = function()
    return think
  end
end

request = function()
  counter = counter + 1
  local called = numbers[counter % #numbers + 1]
  local body = '{"called":"' .. called .. '","caller":"0311112222","presentation":"NUMBER"}'
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json", ["X-Api-Key"] = key }, body)
end

response = function(status, headers, body)
  if status ~= 200 then
    error("HTTP " .. status .. ": " .. body)
  end
end
