-- A classifier that tries every way to change the design it is given, and
-- says in `articles` what it saw: "intact" when the design is as the
-- catalogue wrote it, then each attack that succeeded (none may).
local NAME = "grants to any SME under the size ceiling, automatic"
local ATTACKS = {
  { "assign", function(d) d.name = "tampered" end },
  { "new_key", function(d) d.tampered = true end },
  { "rawset", function(d) rawset(d, "name", "tampered") end },
  { "setmetatable", function(d) setmetatable(d, { __index = { tampered = true } }) end },
  { "insert", function(d) table.insert(d, "tampered") end },
}
return {
  classify = function(design, p, as_of, config)
    local seen = {}
    local intact = design.name == NAME and design.tampered == nil and #design == 0
    seen[1] = intact and "intact" or "changed"
    for _, attack in ipairs(ATTACKS) do
      if pcall(attack[2], design) then
        seen[#seen + 1] = attack[1] .. " succeeded"
      end
    end
    return { classification = "non_specific", articles = seen, sdt = { applies = false },
             binding = true, flags = {}, confidence = "high" }
  end,
}
