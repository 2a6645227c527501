-- wrk script for bench/iiif_tiles.py: ask for every path of a list exactly once, then stop
-- (the "cold" pass: each tile rendered once, none twice).
--
--   wrk -t2 -c20 -d600s --latency --timeout 60s -s bench/iiif_tiles.lua http://127.0.0.1:PORT/ -- urls.txt 2
--
-- The second argument is wrk's thread count: thread k of n takes paths k+1, k+1+n, k+1+2n...
-- (every thread needs at least one). Before each request wrk asks delay(); it reserves the
-- thread's next path, or, when none is left, parks the connection for an hour. A thread with
-- every answer prints "IIIF-TILES-DONE" and stops; iiif_tiles.py ends wrk with SIGINT once all
-- have, since wrk itself would sleep to the end of -d. The figures are printed by the done() of
-- percentiles.lua, as one JSON line; every response outside 2xx is counted.

local here = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
dofile(here .. "percentiles.lua")

function init(args)
   local file, threads = args[1], tonumber(args[2])
   if file == nil or threads == nil then
      error("iiif_tiles.lua: pass the URL list file and wrk's thread count after --")
   end
   paths = {}
   local index = 0
   for line in io.lines(file) do
      if line ~= "" then
         if index % threads == id then
            table.insert(paths, line)
         end
         index = index + 1
      end
   end
   reserved = 0
   position = 0
   non2xx = 0
   responses = 0
   counting = true
end

function delay()
   if reserved < #paths then
      reserved = reserved + 1
      return 0
   end
   return 3600 * 1000
end

function request()
   -- wrk also calls request() once before the run, to check what it returns: that call,
   -- with nothing reserved, must not use up a path.
   if position < reserved then
      position = position + 1
   end
   return wrk.format("GET", paths[math.max(position, 1)])
end

function response(status, headers, body)
   count_response(status, headers, body)
   if responses == #paths then
      finish()
   end
end

function finish()
   io.write("IIIF-TILES-DONE\n")
   io.flush()
   wrk.thread:stop()
end
