-- Lesson 59: map the systemic and market failures diagnosed in a cluster to
-- the matching policy responses of Table 2-7 (OECD 1999, [L979-984]). A
-- cluster programme without a diagnosis, or ahead of firms' receptor
-- capacity (Level 2 of Table 2-6; Korea's clusters came in 1999, after the
-- mid-1990s receptor-capacity policies [L970]), is a warning sign.
local levels = require("diffusion.levels")

-- Table 2-7: failure -> responses, and the catalogue measures that carry them.
local RESPONSES = {
  { failure = "inefficient_markets", label = "inefficient functioning of markets",
    response = "competition policy and regulatory reform",
    measures = { "competition_law_authority" } },
  { failure = "information_failure", label = "information failures",
    response = "technology foresight, strategic market information and cluster studies",
    measures = { "technology_foresight_cluster_studies" } },
  { failure = "limited_interaction", label = "limited interaction between actors",
    response = "broker and networking agencies, platforms for dialogue, co-operation in networks",
    measures = { "broker_networking_agencies" } },
  { failure = "institutional_mismatch", label = "mismatch between knowledge infrastructure and market needs",
    response = "joint industry-research centres, joint co-operation, human capital, technology transfer",
    measures = { "joint_industry_research_centers", "absorptive_capacity_human_capital",
                 "university_tlo_and_industry_forces" } },
  { failure = "missing_demanding_customers", label = "missing demanding customers",
    response = "public procurement policy and attracting FDI",
    measures = { "public_procurement_new_products", "fdi_negative_list_automatic_approval" } },
  { failure = "government_failure", label = "government failures",
    response = "privatization or less interference, bottom-up policy making and implementation",
    measures = { "bottom_up_policy_making" } },
}

local function cite(quote, lines)
  return { chapter = 2, section = "Structural Change in SMI and Evolution of Diffusion Policies",
           table = "2-7", quote = quote, lines = lines }
end

local all_measures = {}
for _, r in ipairs(RESPONSES) do
  for _, m in ipairs(r.measures) do all_measures[#all_measures + 1] = m end
end
all_measures[#all_measures + 1] = "diffusion_l2_technical_assistance_extension"

return {
  id = "cluster_failure_response_mapping",
  title = "Map diagnosed cluster failures to the matching responses (Table 2-7)",
  source = cite("Cluster-based innovation policies were implemented first for the textile " ..
    "clusters in 1999, and then expanded for thirteen regional clusters.", "L970"),
  requires = { "regions" },
  tags = { "clusters", "regions", "classifier" },
  measures = all_measures,

  evaluate = function(p, ctx)
    local hits = {}
    local undiagnosed, undiagnosed_evidence = {}, {}
    local programmes = {}
    for ri, region in ipairs(p.regions) do
      local base = string.format("regions.%d.", ri)
      if region.cluster_failures ~= nil then
        for fi, failure in ipairs(region.cluster_failures) do
          local h = hits[failure] or { regions = {}, evidence = {} }
          hits[failure] = h
          h.regions[#h.regions + 1] = region.name
          h.evidence[#h.evidence + 1] = { field = base .. "cluster_failures." .. fi }
        end
      end
      -- a cluster programme (judged when stated)
      local running, program_evidence
      if region.cluster_program ~= nil then
        running, program_evidence = ctx:check{ field = base .. "cluster_program", op = "==",
                                               threshold = true }
      end
      if region.cluster_failures == nil then
        if running then
          program_evidence.note = "no cluster_failures diagnosed"
          undiagnosed[#undiagnosed + 1] = region.name
          undiagnosed_evidence[#undiagnosed_evidence + 1] = program_evidence
        elseif region.cluster_sectors ~= nil then
          ctx:missing(base .. "cluster_failures")
        end
      end
      if running then programmes[#programmes + 1] = { index = ri, name = region.name } end
    end

    for _, r in ipairs(RESPONSES) do
      local h = hits[r.failure]
      if h then
        ctx:finding{
          id = "cluster_" .. r.failure,
          severity = "advice",
          title = "Cluster failure: " .. r.label,
          message = string.format("The cluster diagnosis in %s found %s. Table 2-7 answers it " ..
            "with %s.", table.concat(h.regions, ", "), r.label, r.response),
          evidence = h.evidence,
          measures = r.measures,
        }
      end
    end

    if #undiagnosed > 0 then
      ctx:finding{
        id = "cluster_program_without_diagnosis",
        severity = "warning",
        title = "Cluster programmes run without a diagnosis of what fails",
        message = "Cluster programmes run in " .. table.concat(undiagnosed, ", ") .. " with no " ..
          "diagnosis of the cluster's systemic and market failures. Table 2-7 ties each " ..
          "response to a failure; without the diagnosis the programme cannot choose between " ..
          "competition policy, networking agencies, joint research centres or procurement. " ..
          "Start with strategic cluster studies.",
        evidence = undiagnosed_evidence,
        measures = { "technology_foresight_cluster_studies" },
      }
    end

    if #programmes > 0 then
      -- the diffusion programmes must be known, each with its Table 2-6 level
      local list = ctx:need("diffusion.programs")
      local by = list and levels.classify(list)
      if by and levels.complete(by, ctx) then ctx:note(levels.describe(by)) end
      if by and #by.untyped == 0 and ctx:check{ field = "diffusion.programs", value = #by[2], op = "==",
                                                threshold = 0, note = "Level 2 programmes (Table 2-6)" } then
        local evidence = { { field = "diffusion.programs", note = "no Level 2 programme" } }
        local names = {}
        for _, r in ipairs(programmes) do
          names[#names + 1] = r.name
          evidence[#evidence + 1] = { field = string.format("regions.%d.cluster_program", r.index) }
        end
        ctx:finding{
          id = "cluster_program_before_receptor_capacity",
          severity = "advice",
          title = "Cluster programmes run before firms' receptor capacity is built",
          message = "Cluster programmes run in " .. table.concat(names, ", ") .. " while no " ..
            "diffusion programme builds firms' general receptor capacity (Level 2 of Table 2-6). " ..
            "Korea's receptor-capacity policies began in the mid-1990s and its cluster policy " ..
            "followed in 1999 [L970]; put technical assistance and extension in place so that " ..
            "firms can take part.",
          evidence = evidence,
          measures = { "diffusion_l2_technical_assistance_extension" },
        }
      end
    end
  end,
}
