-- A toy WTO SCM classifier for the renderer tests: enough rules to give
-- each programme of the test profile a different classification.
local M = {}

function M.classify(program, p, as_of)
  local member = not (p.wto and p.wto.member == false)
  local c = program.contingency or {}
  local e = program.eligibility or {}
  if program.instrument == "general_infrastructure" then
    return { classification = "not_a_subsidy", articles = { "1.1(a)(1)(iii)" }, binding = member,
             confidence = "high", notes = "General infrastructure is not a financial contribution." }
  end
  if c.export_in_law then
    return { classification = "prohibited", articles = { "3.1(a)", "Annex I(e)" },
             sdt = { applies = false, basis = nil, ends = nil }, binding = member,
             flags = { "notify_art25", "redesign" }, confidence = "high",
             notes = "Export-contingent in law: redesign without the export condition." }
  end
  if e.size_based and e.automatic_eligibility then
    return { classification = "non_specific", articles = { "2.1(b)", "2.1(b) fn 2" },
             sdt = { applies = true, basis = "Annex VII(b)", ends = "2027-12-31" }, binding = member,
             confidence = "medium", notes = "Size-based, automatic eligibility: " .. tostring(program.name) }
  end
  return { classification = "actionable_specific", articles = { "2.1(a)", "5" }, binding = member,
           confidence = "low", notes = program.name }
end

return M
