-- expect: blocked_function os.execute
return {
  id = "os_execute",
  title = "hostile: os_execute",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    os.execute("touch /tmp/latecomer-pwned") --!
  end,
}
