-- wrk script for bench/pages.py: cycle through a list of paths and print the
-- figures as one JSON line at the end.
--
--   wrk -t2 -c20 -d20s --latency -s bench/percentiles.lua http://127.0.0.1:PORT/ -- urls.txt
--
-- urls.txt holds one path a line ("/kk/exhibits/12"). Every thread walks the
-- whole list from its own offset, so the threads do not ask for the same page
-- at the same moment.
--
-- With a second argument "count-non2xx" every response outside 2xx is counted,
-- because wrk's own "status" error only counts codes above 399 (a redirect
-- would go unnoticed). That hook makes wrk buffer every body into Lua, which
-- costs the client about 10% of its throughput at 30,000 req/s, so pages.py
-- asks for it against emuseum only: nginx serving saved files answers 200 or
-- 404, and a 404 is a "status" error already. Without the hook, "non2xx" is
-- wrk's "status" count. (At emuseum's few hundred req/s the hook costs nothing
-- measurable; left on for nginx it would flatter emuseum's ratio.)

local threads = {}
local counter = 0

function setup(thread)
   thread:set("id", counter)
   counter = counter + 1
   table.insert(threads, thread)
end

function init(args)
   local file = args[1]
   if file == nil then
      error("percentiles.lua: pass the URL list file after --")
   end
   paths = {}
   for line in io.lines(file) do
      if line ~= "" then
         table.insert(paths, line)
      end
   end
   if #paths == 0 then
      error("percentiles.lua: " .. file .. " lists no paths")
   end
   -- Spread the threads over the list: thread k starts k/n of the way in.
   position = (id * 7919) % #paths
   non2xx = 0
   responses = 0
   counting = args[2] == "count-non2xx"
   if counting then
      response = count_response
   end
end

function request()
   position = position % #paths + 1
   return wrk.format("GET", paths[position])
end

function count_response(status, headers, body)
   responses = responses + 1
   if status < 200 or status > 299 then
      non2xx = non2xx + 1
   end
end

function done(summary, latency, requests)
   local non2xx_total = 0
   local responses_total = 0
   local counted = false
   for _, thread in ipairs(threads) do
      non2xx_total = non2xx_total + thread:get("non2xx")
      responses_total = responses_total + thread:get("responses")
      counted = thread:get("counting")
   end
   local seconds = summary.duration / 1e6
   local e = summary.errors
   if not counted then
      non2xx_total = e.status
      responses_total = summary.requests
   end
   io.write(string.format(
      'BENCH-JSON {"requests": %d, "responses": %d, "duration_s": %.3f, "rps": %.1f, ' ..
      '"bytes": %d, "latency_ms": {"mean": %.3f, "stdev": %.3f, "max": %.3f, ' ..
      '"p50": %.3f, "p90": %.3f, "p95": %.3f, "p99": %.3f}, ' ..
      '"errors": {"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}, ' ..
      '"non2xx": %d, "non2xx_counted": %s}\n',
      summary.requests, responses_total, seconds, summary.requests / seconds,
      summary.bytes, latency.mean / 1e3, latency.stdev / 1e3, latency.max / 1e3,
      latency:percentile(50) / 1e3, latency:percentile(90) / 1e3,
      latency:percentile(95) / 1e3, latency:percentile(99) / 1e3,
      e.connect, e.read, e.write, e.status, e.timeout, non2xx_total, tostring(counted)))
end
