-- wrk script of bench/longtail.sh: walks a list of addresses in order, never one twice.
--
--   wrk -tT -cC -dD -s bench/longtail.lua http://host:port -- FILE T
--
-- FILE has one "band TAB path" line per address. Thread t (0-based) of T takes lines t, t + T,
-- t + 2T... and its connections take them in turn. A thread that has used all of its lines stops
-- (and done() says "exhausted=1"): the list was too short for the run, whose throughput is then
-- understated. done() prints one line: requests, requests/s, latency percentiles in ms, errors, and
-- how many lines were used.

-- setup() runs in wrk's main Lua state for each thread before its init(): it numbers the threads
-- (tid, a global of the thread's own state) and keeps them for done().
local threads = {}
local counter = 0

function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  used = 0
  exhausted = 0
  local file, nthreads = args[1], tonumber(args[2])
  local i = 0
  for line in io.lines(file) do
    if i % nthreads == tid then
      local tab = line:find("\t", 1, true)
      paths[#paths + 1] = tab and line:sub(tab + 1) or line
    end
    i = i + 1
  end
end

function request()
  if used >= #paths then
    exhausted = 1
    wrk.thread:stop()
    -- Never sent as the thread stops; a path outside the list all the same.
    return wrk.format("GET", "/robots.txt")
  end
  used = used + 1
  return wrk.format("GET", paths[used])
end

function done(summary, latency, requests)
  local ms = function(p) return latency:percentile(p) / 1000 end
  local e = summary.errors
  local total_used, any_exhausted = 0, 0
  for _, thread in ipairs(threads) do
    total_used = total_used + (thread:get("used") or 0)
    any_exhausted = math.max(any_exhausted, thread:get("exhausted") or 0)
  end
  io.write(string.format(
    "LONGTAIL requests=%d seconds=%.3f rps=%.2f p50=%.3f p90=%.3f p99=%.3f max=%.3f http_errors=%d socket_errors=%d timeouts=%d used=%d exhausted=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6), ms(50), ms(90), ms(99),
    latency.max / 1000, e.status, e.connect + e.read + e.write, e.timeout, total_used, any_exhausted))
end
