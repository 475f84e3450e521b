-- Lesson 42: untargeted "management stability" (operating-capital) finance
-- leaks to unintended uses [L768]. Operating-capital support without defined
-- targeting or monitoring of the use of funds is a warning; with no sunset
-- either, critical. Korea's 1999 stabilization fund was "used solely for
-- operating capital" [L722].
local programs = require("sme.programs")

local OPERATING = { operating_capital = true, management_stability = true }

return {
  id = "sme_management_stability_finance_antipattern",
  title = "Untargeted operating-capital support leaks to unintended uses",
  source = {
    chapter = 2, section = "SME Promotion Policy",
    quote = "Finance support for management stability was highlighted as one of the less " ..
      "successful initiatives, suffering from poor targeting and design.",
    lines = "L768",
  },
  requires = { "sme_programs" },
  tags = { "sme", "finance", "evaluation", "antipattern" },
  measures = { "use_of_funds_monitoring", "sme_policy_evaluation_framework",
               "sme_crisis_liquidity_temporary" },

  evaluate = function(p, ctx)
    local support = programs.select(p, function(prog) return OPERATING[prog.purpose] end)
    if #support == 0 then return end
    local untargeted, ev1, hit1 = programs.flag(ctx, support, "targeting_defined", programs.IS_FALSE)
    local unmonitored, ev2, hit2 = programs.flag(ctx, support, "use_of_funds_monitored", programs.IS_FALSE)
    if #untargeted + #unmonitored == 0 then return end
    -- the weak programmes, and whether any of them also runs open-ended
    local weak, seen = {}, {}
    for _, list in ipairs({ hit1, hit2 }) do
      for _, e in ipairs(list) do
        if not seen[e.index] then
          seen[e.index] = true
          weak[#weak + 1] = e
        end
      end
    end
    local open_ended, ev3 = programs.flag(ctx, weak, "has_sunset", programs.IS_FALSE)
    local evidence = {}
    for _, list in ipairs({ ev1, ev2, ev3 }) do
      for _, e in ipairs(list) do evidence[#evidence + 1] = e end
    end
    local parts = {}
    if #untargeted > 0 then parts[#parts + 1] = "no defined target group: " .. table.concat(untargeted, ", ") end
    if #unmonitored > 0 then parts[#parts + 1] = "use of funds not monitored: " .. table.concat(unmonitored, ", ") end
    if #open_ended > 0 then parts[#parts + 1] = "no sunset: " .. table.concat(open_ended, ", ") end
    local critical = #open_ended > 0
    local measures = { "use_of_funds_monitoring", "sme_policy_evaluation_framework" }
    if critical then measures[#measures + 1] = "sme_crisis_liquidity_temporary" end
    ctx:finding{
      id = "untargeted_operating_capital_support",
      severity = critical and "critical" or "warning",
      title = critical and "Open-ended, untargeted operating-capital support for SMEs"
        or "Operating-capital support for SMEs is untargeted or unmonitored",
      message = "Operating-capital ('management stability') programmes: " ..
        table.concat(parts, "; ") .. ". Korea's owner-managers and experts rated this support " ..
        "a failure: 'many of the investments and tax breaks were used for purposes not " ..
        "originally intended' [L768]. Define the target group, monitor and claw back misuse, " ..
        "evaluate against matched firms (fn 45)" .. (critical and ", and give the support a " ..
        "sunset, as temporary crisis liquidity tied to restructuring (lesson 47)." or "."),
      evidence = evidence,
      measures = measures,
    }
  end,
}
