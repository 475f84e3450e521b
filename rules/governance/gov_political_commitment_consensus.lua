-- Lesson 62 (gov_political_commitment_consensus): centralized, leader-driven
-- policy works only with top-level commitment; add consensus-building and
-- broaden objectives beyond growth. Korea's "strong capability to
-- successfully implement economic policies seemed to stem partly from the
-- system of performance monitoring and evaluation"; its weakness "seemed to be
-- related to the lack of a consensus building procedure"; decisions were made
-- by "a limited number of bureaucrats or government officials without much
-- public debate"; "the economic success was strongly related to political
-- leadership" [L1006].
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
    -- each is judged when the profile states it
    local uncommitted, commitment_evidence
    if commitment ~= nil then
      uncommitted, commitment_evidence = ctx:check{ field = "governance.leadership_commitment_to_growth",
                                                    op = "==", threshold = false }
    end
    if uncommitted then
      ctx:finding{
        id = "no_top_level_commitment",
        severity = "warning",
        title = "The top leadership is not visibly committed to the growth agenda",
        message = "The top political leadership is not visibly committed to the growth and " ..
          "industrialization agenda. The report finds that Korea's economic success \"was " ..
          "strongly related to political leadership\": a centralized system could not succeed " ..
          "without the top policy-maker's commitment [L1006]. Make the commitment visible through " ..
          "regular, leader-chaired performance reviews (Korea's export promotion meetings, [L214]).",
        evidence = { commitment_evidence },
        measures = { "performance_monitoring_system" },
      }
    end
    local no_consensus, consensus_evidence
    if consensus ~= nil then
      no_consensus, consensus_evidence = ctx:check{ field = "governance.consensus_procedure",
                                                    op = "==", threshold = false }
    end
    if no_consensus then
      ctx:finding{
        id = "no_consensus_building",
        severity = "advice",
        title = "Major decisions are taken without consensus-building",
        message = "Major policy decisions are taken without civil experts or stakeholders. The " ..
          "report names this as the weakness of Korea's system: decisions by \"a limited number " ..
          "of bureaucrats or government officials without much public debate\", and a leadership " ..
          "commitment that did not extend to distribution, price stability or political " ..
          "stability [L1006]. Add a consensus-building procedure and broaden the objectives.",
        evidence = { consensus_evidence },
        measures = { "consensus_building_procedure" },
      }
    end
  end,
}
