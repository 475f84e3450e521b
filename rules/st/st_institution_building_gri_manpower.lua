-- Lesson 26 (st_institution_building_gri_manpower): where universities and
-- industry lack R&D competence, create contract-based public research
-- institutes (GRIs) and a research-oriented S&E university; later divide
-- roles, reorient the GRIs and fix the under-use of researchers. KIST (1966)
-- adopted "a contract-based research system" and GRIs "had played a pivotal
-- role ... at a time when universities or industry did not show a strong
-- interest" (fn 13 [L380]); by the 1990s the GRIs' "roles and missions ...
-- needed to be comprehensively evaluated" [L540]; human resources were
-- "wasted or underutilized to a significant degree as a result of a lack of
-- mobility and social rigidities" [L479].
return {
  id = "st_institution_building_gri_manpower",
  title = "Build contract-based research institutes and an S&E university, then reorient them",
  source = {
    chapter = 1, section = "Liberalization, Restructuring and Technological Development",
    footnote = 13,
    quote = "GRIs had played a pivotal role in independent science and technology research at a " ..
      "time when universities or industry did not show a strong interest",
    lines = "L380",
  },
  tags = { "st", "catch_up", "transition", "innovation" },
  measures = { "gri_contract_research_institute", "research_university_st", "diaspora_scientist_return",
               "rnd_role_division_gri_industry_univ", "researcher_mobility_reform", "st_manpower_survey" },

  evaluate = function(p, ctx)
    local inst, tech = p.institutions or {}, p.technology or {}
    local gri = inst.public_research_institutes and inst.public_research_institutes.present
    local university = inst.research_university and inst.research_university.present
    local governance, evaluated = tech.gri_governance, tech.gri_last_evaluation_year
    local mobility = tech.researcher_mobility
    if gri == nil and university == nil and mobility == nil then
      ctx:missing("institutions.public_research_institutes.present",
                  "institutions.research_university.present", "technology.researcher_mobility")
      return
    end

    -- each part is judged when its inputs are stated
    local has_gri, gri_evidence
    if gri ~= nil then
      has_gri, gri_evidence = ctx:check{ field = "institutions.public_research_institutes.present",
                                         op = "==", threshold = true }
    end
    local has_university, university_evidence
    if university ~= nil then
      has_university, university_evidence = ctx:check{
        field = "institutions.research_university.present", op = "==", threshold = true }
    end
    if has_gri == false and has_university == false then
      ctx:finding{
        id = "no_research_institutions",
        severity = "warning",
        title = "Neither public research institutes nor a research university exist",
        message = "The country has no public research institutes and no research-oriented " ..
          "university. Korea built KIST in 1966 as an independent, contract-based institute, " ..
          "because universities and industry showed little interest in research (fn 13 [L380]), " ..
          "and KAIS in 1971 to secure \"high-caliber research manpower\" [L376]. Create a " ..
          "contract-based research institute and a research-oriented S&E university, and bring " ..
          "back scientists from abroad.",
        evidence = { { field = "institutions.public_research_institutes.present" },
                     { field = "institutions.research_university.present" } },
        measures = { "gri_contract_research_institute", "research_university_st",
                     "diaspora_scientist_return" },
      }
    end

    local civil_service, governance_evidence
    if has_gri and governance ~= nil then
      civil_service, governance_evidence = ctx:check{ field = "technology.gri_governance", op = "==",
        threshold = "civil_service", benchmark = "independent_contract" }
    end
    if civil_service then
      ctx:finding{
        id = "gri_civil_service_governance",
        severity = "advice",
        title = "Public research institutes are run as civil-service units",
        message = "The public research institutes are civil-service units. KIST was set up as " ..
          "an independent foundation with contract-based research to avoid the inefficiencies " ..
          "of national and public institutes (fn 13 [L380]). Give the institutes independent " ..
          "governance and contract funding.",
        evidence = { governance_evidence },
        measures = { "gri_contract_research_institute" },
      }
    end

    -- institutes beside research universities: when were their roles last reviewed?
    local stale, review_evidence
    if has_gri and has_university then
      stale, review_evidence = ctx:check{ field = "technology.gri_last_evaluation_year", op = "<=",
        threshold = p.country.year - ctx:threshold("gri_review_years_max") }
    end
    if stale then
      ctx:finding{
        id = "gri_roles_not_reviewed",
        severity = "advice",
        title = "Research institutes' roles have not been reviewed as universities grew",
        message = string.format(
          "The research institutes' missions were last reviewed in %d although universities " ..
          "now do research. In Korea, once universities could take part, \"the roles and " ..
          "missions of the GRIs needed to be comprehensively evaluated\" [L540]: institutes for " ..
          "public technology, firms for industrial technology, universities for basic research " ..
          "[L384]. Review and divide the roles.", evaluated),
        evidence = { university_evidence, review_evidence },
        measures = { "rnd_role_division_gri_industry_univ" },
      }
    end

    local immobile, mobility_evidence
    if mobility ~= nil then
      immobile, mobility_evidence = ctx:check{ field = "technology.researcher_mobility", op = "==",
                                               threshold = "low", benchmark = "high" }
    end
    if immobile then
      ctx:finding{
        id = "researchers_underused",
        severity = "warning",
        title = "Researchers do not move between institutes, universities and industry",
        message = "Researcher mobility is low. In Korea human resources were \"wasted or " ..
          "underutilized to a significant degree as a result of a lack of mobility and social " ..
          "rigidities\" [L479], and industry received mostly graduates with lower-level diplomas " ..
          "(fn 19 [L483]). Reform mobility rules and survey S&T manpower supply and use.",
        evidence = { mobility_evidence },
        measures = { "researcher_mobility_reform", "st_manpower_survey" },
      }
    end
  end,
}
