-- expect: blocked_function io.open
return {
  id = "io_open",
  title = "hostile: io_open",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    local f = io.open("/etc/passwd") --!
  end,
}
