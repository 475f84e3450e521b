-- A classifier that fails in the way the programme's id names.
local good = {
  classification = "non_specific", articles = { "2.1(b)" }, sdt = { applies = false },
  binding = true, flags = {}, confidence = "high", notes = "fine",
}
local function with(key, value)
  local t = {}
  for k, v in pairs(good) do t[k] = v end
  t[key] = value
  return t
end
local BEHAVIOUR = {
  good = function() return good end,
  unknown_label = function() return with("classification", "non_actionable") end,
  articles_not_list = function() return with("articles", "3.1(a)") end,
  binding_not_bool = function() return with("binding", "yes") end,
  confidence_bad = function() return with("confidence", "certain") end,
  sdt_bad = function() return with("sdt", { applies = "no" }) end,
  not_table = function() return "prohibited" end,
  raises = function() error("the law is unclear") end,
  loops = function() while true do end end,
}
return {
  classify = function(program, p, as_of, config)
    return (BEHAVIOUR[program.id] or BEHAVIOUR.good)()
  end,
}
