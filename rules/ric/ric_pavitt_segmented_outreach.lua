-- Lesson 55: segment RIC outreach by the Pavitt class of each region's
-- clustered sectors (Table 2-8). Specialized suppliers are the core target,
-- reached directly in small-group discussions; supplier-dominated firms come
-- second, reached through intermediaries and group demonstrations [L1106].
-- Scale-intensive industries are not a target (fn 67 [L1096]); science-based
-- firms are a source of technology for the target group, not a target.
local regions = require("cluster.regions")

local function cite(quote, lines, footnote)
  return { chapter = 2, section = "Implications for Latecomers", table = "2-8",
           footnote = footnote, quote = quote, lines = lines }
end

-- Regions the outreach plan is for: those with a centre, and, once the
-- country has left catch-up, every region with clusters (lesson 54 may
-- recommend centres there).
local function in_scope(region, past_catch_up)
  return region.has_ric == true or past_catch_up
end

local function uses(outreach, channels)
  for _, c in ipairs(outreach or {}) do
    for _, want in ipairs(channels) do
      if c == want then return true end
    end
  end
  return false
end

return {
  id = "ric_pavitt_segmented_outreach",
  title = "Segment RIC outreach by the Pavitt class of regional clusters",
  source = cite("Specialized-suppliers are the main target group of RICs, followed by " ..
    "supplier-dominated firms.", "L1094"),
  requires = { "regions", "sectors" },
  tags = { "ric", "regions", "clusters", "diffusion" },
  measures = { "ric_outreach_specialized_suppliers", "ric_outreach_supplier_dominated_intermediaries",
               "ric_client_segmentation" },

  evaluate = function(p, ctx)
    local stage = p.derived.stage and p.derived.stage.id
    -- an unknown stage is a data gap only for regions without a centre (below)
    local past_catch_up = stage ~= nil and
      ctx:check{ field = "derived.stage.id", op = "~=", threshold = "catch_up" }
    local found = { specialized_supplier = {}, supplier_dominated = {}, scale_intensive = {},
                    science_based = {} }
    local evidence = { specialized_supplier = {}, supplier_dominated = {} }
    local off_target, off_evidence = {}, {}
    for ri, region in ipairs(p.regions) do
      if stage == nil and region.has_ric ~= true then ctx:missing("derived.stage.id") end
      if in_scope(region, past_catch_up) then
        local clustered, unmatched = regions.clustered_sectors(p, region)
        for _, name in ipairs(unmatched) do
          -- the region names a cluster that sectors[] does not describe
          ctx:missing(string.format("sectors[name=%s].pavitt", name))
        end
        local in_region = {}
        for _, c in ipairs(clustered) do
          local class = c.sector.pavitt
          if class == nil then
            ctx:missing(string.format("sectors.%d.pavitt", c.index))
          else
            in_region[class] = true
            local list = found[class]
            list[#list + 1] = string.format("%s (%s)", c.sector.name, region.name)
            if evidence[class] then
              local e = evidence[class]
              e[#e + 1] = { field = string.format("sectors.%d.pavitt", c.index), note = region.name }
            end
          end
        end
        if region.has_ric and next(in_region) ~= nil and not in_region.specialized_supplier
           and not in_region.supplier_dominated then
          off_target[#off_target + 1] = region.name
          off_evidence[#off_evidence + 1] = { field = string.format("regions.%d.has_ric", ri) }
        end
      end
    end

    for _, class in ipairs({ "specialized_supplier", "supplier_dominated", "scale_intensive",
                             "science_based" }) do
      if #found[class] > 0 then
        ctx:note(string.format("%s clusters: %s", class, table.concat(found[class], ", ")))
      end
    end
    local outreach = ctx:get("diffusion.ric_outreach")
    local need_outreach = #found.specialized_supplier > 0 or #found.supplier_dominated > 0
    if outreach == nil and need_outreach then ctx:missing("diffusion.ric_outreach") end

    if #found.specialized_supplier > 0 and not uses(outreach, { "direct", "small_group" }) then
      ctx:finding{
        id = "ric_outreach_specialized_suppliers",
        severity = "advice",
        title = "Reach specialized suppliers directly, in small groups",
        message = "Clusters of specialized suppliers (machinery, instruments; product " ..
          "innovation, design know-how) are the centres' core target [L1094]: " ..
          table.concat(found.specialized_supplier, ", ") .. ". Approach them early and " ..
          "individually, in small-group discussion sessions where strategic and commercial " ..
          "issues come up [L1106]; act as intermediary to their sources of technology, " ..
          "including customers in scale-intensive and science-based industries.",
        evidence = evidence.specialized_supplier,
        measures = { "ric_outreach_specialized_suppliers" },
        source = cite("For specialized suppliers, interaction is sought in small-group, " ..
          "discussion-based sessions.", "L1106"),
      }
    end
    if #found.supplier_dominated > 0 and not uses(outreach, { "intermediaries", "group_demos" }) then
      ctx:finding{
        id = "ric_outreach_supplier_dominated",
        severity = "advice",
        title = "Reach supplier-dominated firms through intermediaries and group demonstrations",
        message = "Clusters of supplier-dominated firms (textiles, footwear, foods; process " ..
          "innovation) are the centres' second target: " ..
          table.concat(found.supplier_dominated, ", ") .. ". They are costly to reach one by " ..
          "one, yet 'it seems inappropriate to dismiss them as non-technological' [L1100]. Make " ..
          "first contact through accountants, banks, trade associations and suppliers, then " ..
          "demonstrations and trials with trade organizations, then adoption through the " ..
          "suppliers [L1104-1106].",
        evidence = evidence.supplier_dominated,
        measures = { "ric_outreach_supplier_dominated_intermediaries" },
        source = cite("Supplier-dominated firms are initially approached through intermediaries " ..
          "such as accountants, banks, trade associations or suppliers.", "L1106"),
      }
    end
    if #off_target > 0 then
      local others = {}
      for _, class in ipairs({ "scale_intensive", "science_based" }) do
        for _, s in ipairs(found[class]) do others[#others + 1] = s end
      end
      ctx:finding{
        id = "ric_region_outside_target_group",
        severity = "advice",
        title = "Some regional centres sit among clusters that are not their target group",
        message = "The centres in " .. table.concat(off_target, ", ") .. " serve regions whose " ..
          "clusters are scale-intensive or science-based: " .. table.concat(others, ", ") ..
          ". 'Scale-intensive industries (e.g. assembly, bulk materials) clearly do not belong " ..
          "to the target group of RICs' [L1096]; science-based firms are a source of " ..
          "technology for the target group rather than a target. Point these centres at the " ..
          "region's specialized suppliers and supplier-dominated SMEs, segmenting clients.",
        evidence = off_evidence,
        measures = { "ric_client_segmentation" },
        source = cite("Scale-intensive industries (e.g. assembly, bulk materials) clearly do " ..
          "not belong to the target group of RICs.", "L1096", 67),
      }
    end
  end,
}
