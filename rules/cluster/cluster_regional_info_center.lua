-- Lesson 60: traditional-industry clusters facing low-wage competition need
-- a regional centre for production and market information, run as a
-- consortium with the regional government and firm associations [L929-931].
-- Weak local linkages and the paternalism of a dominant group [L933] are
-- warning signs; weak SME associations point to lesson 36.
local regions = require("cluster.regions")

local function cite(quote, lines)
  return { chapter = 2, section = "Structural Change in SMI and Evolution of Diffusion Policies",
           quote = quote, lines = lines }
end

return {
  id = "cluster_regional_info_center",
  title = "Traditional clusters under low-wage competition need a regional information centre",
  source = cite("there was no systematic effort to establish regional centers for production " ..
    "and market information such as those found in the Third Italy", "L929"),
  requires = { "regions" },
  tags = { "clusters", "regions", "sme" },
  measures = { "regional_production_market_info_center", "cluster_program",
               "broker_networking_agencies", "sme_association_service_reform" },

  evaluate = function(p, ctx)
    local need_centre, centre_evidence = {}, {}
    local weak, weak_evidence = {}, {}
    local poor, poor_evidence = {}, {}
    for ri, region in ipairs(p.regions) do
      local base = string.format("regions.%d.", ri)
      local clustered = regions.clustered_sectors(p, region)
      if #clustered > 0 then
        local traditional = {}
        for _, c in ipairs(clustered) do
          if regions.traditional(c.sector) then traditional[#traditional + 1] = c end
        end
        if #traditional > 0 then
          -- low-wage competition, then the information centre, must be known
          local pressed, pressed_evidence = ctx:check{ field = base .. "low_wage_competition",
                                                       op = "==", threshold = true }
          local no_centre, centre_absent_evidence
          if pressed then
            no_centre, centre_absent_evidence = ctx:check{ field = base .. "info_center", op = "==",
                                                           threshold = false }
          end
          if no_centre then
            local names = {}
            for _, c in ipairs(traditional) do names[#names + 1] = c.sector.name end
            need_centre[#need_centre + 1] = string.format("%s (%s)", region.name,
                                                          table.concat(names, ", "))
            centre_evidence[#centre_evidence + 1] = pressed_evidence
            centre_evidence[#centre_evidence + 1] = centre_absent_evidence
          end
        end
        -- weak local linkages: few local inputs or a dominant group, either is enough
        local linkage = region.local_linkage_pct
        if linkage == nil and region.large_group_paternalism == nil then
          ctx:missing(base .. "local_linkage_pct", base .. "large_group_paternalism")
        end
        local why = {}
        if linkage ~= nil then
          local few, entry = ctx:check{ field = base .. "local_linkage_pct", op = "<",
                                        config = "local_linkage_min_pct" }
          if few then
            why[#why + 1] = string.format("%.0f%% of inputs bought locally", linkage)
            weak_evidence[#weak_evidence + 1] = entry
          end
        end
        if region.large_group_paternalism ~= nil then
          local dominated, entry = ctx:check{ field = base .. "large_group_paternalism", op = "==",
                                              threshold = true }
          if dominated then
            why[#why + 1] = "a dominant business group"
            weak_evidence[#weak_evidence + 1] = entry
          end
        end
        if #why > 0 then
          weak[#weak + 1] = string.format("%s (%s)", region.name, table.concat(why, ", "))
        end
        if region.associations_service_quality ~= nil then
          local low, entry = ctx:check{ field = base .. "associations_service_quality", op = "==",
                                        threshold = "low" }
          if low then
            poor[#poor + 1] = region.name
            poor_evidence[#poor_evidence + 1] = entry
          end
        end
      end
    end

    if #need_centre > 0 then
      ctx:finding{
        id = "traditional_cluster_without_info_center",
        severity = "advice",
        title = "Traditional clusters facing low-wage competition lack an information centre",
        message = "Traditional-industry clusters face low-wage competition without a regional " ..
          "production and market information centre: " .. table.concat(need_centre, "; ") ..
          ". Korea's textile and apparel regions were in the same position [L929]. Set up a " ..
          "centre run by a consortium of the regional government and local firm associations, " ..
          "offering fashion-trend and technology information and shared design tools; it " ..
          "selects the firms willing to move up, which then form the core of a cluster " ..
          "programme [L931].",
        evidence = centre_evidence,
        measures = { "regional_production_market_info_center", "cluster_program" },
        source = cite("regional centers for production and market information and consortiums " ..
          "involving the regional government and the associations of local companies should " ..
          "be established", "L931"),
      }
    end
    if #weak > 0 then
      ctx:finding{
        id = "weak_local_linkages",
        severity = "warning",
        title = "Clusters are agglomerations without local networks",
        message = "These clusters have weak local linkages: " .. table.concat(weak, "; ") ..
          ". Korea's agglomerations had 'limited local linkages and extensive long-distance " ..
          "connections', shaped by import-dependent design and components and by the " ..
          "paternalism of major business groups, and government policy 'failed to promote " ..
          "localized networks' [L933]. Fund brokers and networking schemes among local firms.",
        evidence = weak_evidence,
        measures = { "broker_networking_agencies" },
        source = cite("Government policy had also failed to promote localized networks.", "L933"),
      }
    end
    if #poor > 0 then
      ctx:finding{
        id = "weak_sme_associations",
        severity = "advice",
        title = "Local SME associations provide little service",
        message = "SME associations in " .. table.concat(poor, ", ") .. " offer poor services. " ..
          "Korean SMEs 'failed to set up powerful self-help organizations' and their " ..
          "cooperatives, influenced by interest groups, neglected training, testing and " ..
          "consultancy [L931]. Reform them into service providers before making them partners " ..
          "of a regional centre (lesson 36).",
        evidence = poor_evidence,
        measures = { "sme_association_service_reform" },
      }
    end
  end,
}
