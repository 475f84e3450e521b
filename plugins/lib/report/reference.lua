-- report.reference: the fixed vocabulary of the reports. Labels for the
-- enums of the result document (output.md), the areas findings are grouped
-- into, the report's size-class figures the charts compare against, and
-- which recommended measure builds which institution of the profile.
local M = {}

-- Severities from the most to the least serious (the findings' order).
M.severities = { "critical", "warning", "advice", "info" }
M.severity_label = { critical = "Critical", warning = "Warning", advice = "Advice", info = "Info" }
M.severity_rank = { critical = 1, warning = 2, advice = 3, info = 4 }

-- Areas in the order of the lessons catalogue (A.1 to A.12); a finding's
-- area is found from the prefix of its rule id (lesson ids are rule ids).
M.areas = {
  { id = "stage", label = "Development stage", prefixes = { "stage" } },
  { id = "macro_trade", label = "Macro economy and trade", prefixes = { "macro", "trade" } },
  { id = "industrial", label = "Targeted industrial policy", prefixes = { "hci", "ind" } },
  { id = "finance", label = "Finance", prefixes = { "fin" } },
  { id = "competition_fdi", label = "Competition and foreign investment", prefixes = { "comp", "fdi" } },
  { id = "technology", label = "Technological capability", prefixes = { "tech", "gvc" } },
  { id = "science", label = "Science and technology system", prefixes = { "st" } },
  { id = "sme", label = "SME policy", prefixes = { "sme", "venture" } },
  { id = "suppliers", label = "Supplier networks", prefixes = { "subcon" } },
  { id = "diffusion", label = "Diffusion, regional innovation and clusters",
    prefixes = { "diffusion", "ric", "cluster" } },
  { id = "governance", label = "Governance", prefixes = { "gov" } },
  { id = "wto", label = "WTO subsidy disciplines", prefixes = { "wto" } },
}
M.other_area = { id = "other", label = "Other rules" }

M.stage_label = { catch_up = "Catch-up", transition = "Transition", innovation = "Innovation" }
M.stage_note = {
  catch_up = "Korea until about 1980: take-off and the heavy-chemical drive",
  transition = "Korea about 1981-2001: duplicative, then adaptive capability",
  innovation = "Korea from about 2001: firms at the frontier in some product lines",
}
-- Table S-1 of the report [L149-155].
M.capability_note = {
  operational = "operates production facilities supplied by foreign partners",
  duplicative = "expands production facilities without foreign assistance",
  adaptive = "adapts product design and re-engineers production processes",
  innovative = "develops next-generation systems",
}

M.horizon_label = { short = "Short", medium = "Medium", long = "Long" }
M.horizon_span = { short = "under 2 years", medium = "2 to 5 years", long = "over 5 years" }

M.classification_label = {
  not_a_subsidy = "Not a subsidy",
  prohibited = "Prohibited",
  actionable_specific = "Actionable (specific)",
  non_specific = "Not specific",
  formerly_non_actionable_art8 = "Formerly non-actionable (Art. 8, lapsed 1999)",
}
M.classification_order = { "prohibited", "actionable_specific", "formerly_non_actionable_art8",
                           "non_specific", "not_a_subsidy" }

M.error_kind_label = {
  load = "did not load", runtime = "raised an error", instruction_limit = "hit the instruction limit",
  memory_limit = "hit the memory limit", timeout = "timed out", blocked_function = "called a blocked function",
}

-- SME size classes of the report's tables (establishments by persons engaged).
M.size_classes = {
  { key = "size_5_19", label = "5-19" },
  { key = "size_20_99", label = "20-99" },
  { key = "size_100_299", label = "100-299" },
  { key = "all_sme", label = "All SMEs (5-299)" },
}

-- Value added and wage per worker as % of establishments with 300+ persons:
-- Table 2-2 (Korea) [L802-815] and Table 2-3 (Japan) [L818-832]. The report
-- gives no wage differential for Japan.
M.size_ratios = {
  {
    id = "productivity",
    field = "sme.productivity_ratio_pct",
    title = "Value added per worker",
    benchmarks = {
      { label = "Korea 1992", cite = "Table 2-2 [L802-815]",
        values = { size_5_19 = 32.4, size_20_99 = 44.2, size_100_299 = 66.2, all_sme = 47.0 } },
      { label = "Japan 1991", cite = "Table 2-3 [L818-832]",
        values = { size_5_19 = 38.2, size_20_99 = 48.6, size_100_299 = 65.9, all_sme = 49.5 } },
    },
  },
  {
    id = "wage",
    field = "sme.wage_ratio_pct",
    title = "Wage per worker",
    benchmarks = {
      { label = "Korea 1992", cite = "Table 2-2 [L802-815]",
        values = { size_5_19 = 55.6, size_20_99 = 65.6, size_100_299 = 79.1, all_sme = 66.7 } },
    },
  },
}

-- The institutions of a profile (profile.md, `institutions`) in the order
-- the format lists them, with the catalogue measures that build each one.
M.institutions = {
  { key = "planning_agency_with_budget", label = "Planning agency with budget authority",
    measures = { "planning_agency_with_budget_authority" } },
  { key = "sme_framework_law", label = "SME framework law", measures = { "sme_framework_act_definition" } },
  { key = "sme_agency", label = "SME agency", measures = { "sme_agency_with_regional_offices" } },
  { key = "sme_development_bank", label = "SME development bank", measures = { "sme_development_bank" } },
  { key = "credit_guarantee_fund", label = "Credit guarantee fund", measures = { "sme_credit_guarantee_fund" } },
  { key = "technology_credit_guarantee", label = "Technology credit guarantee",
    measures = { "tech_credit_guarantee_fund" } },
  { key = "sme_promotion_fund", label = "SME promotion fund", measures = { "sme_facility_modernization_loans" } },
  { key = "export_promotion_agency", label = "Export promotion agency", measures = { "export_promotion_agency" } },
  { key = "export_credit_agency", label = "Export credit agency", measures = {} },
  { key = "technology_extension_service", label = "Technology extension service",
    measures = { "technology_extension_service", "diffusion_l2_technical_assistance_extension" } },
  { key = "industrial_testing_centres", label = "Industrial testing centres",
    measures = { "local_product_performance_testing", "sme_industrial_estates_common_testing" } },
  { key = "public_research_institutes", label = "Public research institutes",
    measures = { "gri_contract_research_institute" } },
  { key = "research_university", label = "Research university", measures = { "research_university_st" } },
  { key = "regional_innovation_centres", label = "Regional innovation centres",
    measures = { "regional_innovation_centers" } },
  { key = "techno_parks", label = "Techno-parks", measures = { "regional_innovation_centers" } },
  { key = "business_incubators", label = "Business incubators", measures = { "business_incubators" } },
  { key = "university_tlo", label = "University technology licensing offices",
    measures = { "university_tlo_and_industry_forces" } },
  { key = "technology_exchange_market", label = "Technology exchange market",
    measures = { "technology_exchange_market" } },
  { key = "venture_capital_market", label = "Venture capital market",
    measures = { "sme_equity_secondary_market", "venture_fund_of_funds" } },
  { key = "sme_cooperatives", label = "SME cooperatives", measures = { "sme_association_service_reform" } },
  { key = "fair_subcontracting_law", label = "Fair subcontracting law",
    measures = { "fair_subcontracting_enforcement" } },
  { key = "competition_authority", label = "Competition authority", measures = { "competition_law_authority" } },
  { key = "sme_procurement_preference", label = "SME procurement preference",
    measures = { "competitive_public_procurement_sme" } },
  { key = "industrial_estates", label = "Industrial estates",
    measures = { "sme_industrial_estates_common_testing", "specialized_industrial_estate" } },
  { key = "policy_evaluation_system", label = "Policy evaluation system",
    measures = { "sme_policy_evaluation_framework" } },
  { key = "st_coordination_body", label = "S&T coordination body", measures = { "st_policy_coordination_body" } },
  { key = "credit_bureau", label = "Credit bureau", measures = {} },
  { key = "sme_statistics_by_size", label = "SME statistics by size class",
    measures = { "sme_size_class_statistics" } },
}

-- OECD SME Policy Index levels used by `institutions.*.level`.
M.institution_level = { "nothing", "draft", "adopted", "implemented", "proven good practice" }

return M
