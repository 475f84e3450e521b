-- Counts the calls of one instance; notes say which call this was.
local calls = 0
return {
  classify = function(program, p, as_of, config)
    calls = calls + 1
    return {
      classification = "non_specific", articles = { "2.1(b)" }, sdt = { applies = false },
      binding = true, flags = {}, confidence = "high", notes = "call " .. calls,
    }
  end,
}
