-- Lesson 62 (gov_political_commitment_consensus): centralized, leader-driven
-- policy works only with top-level commitment; add consensus-building and
-- broaden objectives beyond growth. Korea's "strong capability to
-- successfully implement economic policies seemed to stem partly from the
-- system of performance monitoring and evaluation"; its weakness "seemed to be
-- related to the lack of a consensus building procedure"; decisions were made
-- by "a limited number of bureaucrats or government officials without much
-- public debate"; "the economic success was strongly related to political
-- leadership" [L1006].
-- What lesson 62 asks for, each a finding when the profile states it is
-- missing (an unstated one is not judged).
local REQUIREMENTS = {
  { field = "governance.leadership_commitment_to_growth",
    id = "no_top_level_commitment", severity = "warning",
    title = "The top leadership is not visibly committed to the growth agenda",
    message = "The top political leadership is not visibly committed to the growth and " ..
      "industrialization agenda. The report finds that Korea's economic success \"was " ..
      "strongly related to political leadership\": a centralized system could not succeed " ..
      "without the top policy-maker's commitment [L1006]. Make the commitment visible through " ..
      "regular, leader-chaired performance reviews (Korea's export promotion meetings, [L214]).",
    measure = "performance_monitoring_system" },
  { field = "governance.consensus_procedure",
    id = "no_consensus_building", severity = "advice",
    title = "Major decisions are taken without consensus-building",
    message = "Major policy decisions are taken without civil experts or stakeholders. The " ..
      "report names this as the weakness of Korea's system: decisions by \"a limited number " ..
      "of bureaucrats or government officials without much public debate\", and a leadership " ..
      "commitment that did not extend to distribution, price stability or political " ..
      "stability [L1006]. Add a consensus-building procedure and broaden the objectives.",
    measure = "consensus_building_procedure" },
}

return {
  id = "gov_political_commitment_consensus",
  title = "Pair top-level commitment with consensus-building",
  source = {
    chapter = 2, section = "Implications for Latecomers",
    quote = "seemed to be related to the lack of a consensus building procedure in the country",
    lines = "L1006",
  },
  tags = { "governance" },
  measures = { "consensus_building_procedure", "performance_monitoring_system" },

  evaluate = function(p, ctx)
    local gov = p.governance or {}
    local consensus, commitment = gov.consensus_procedure, gov.leadership_commitment_to_growth
    if consensus == nil and commitment == nil then
      ctx:missing("governance.consensus_procedure", "governance.leadership_commitment_to_growth")
      return
    end
    for _, r in ipairs(REQUIREMENTS) do
      if ctx:get(r.field) ~= nil then
        local lacking, evidence = ctx:check{ field = r.field, op = "==", threshold = false }
        if lacking then
          ctx:finding{ id = r.id, severity = r.severity, title = r.title, message = r.message,
                       evidence = { evidence }, measures = { r.measure } }
        end
      end
    end
  end,
}
