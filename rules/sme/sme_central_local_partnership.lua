-- Lesson 46: the centre sets the strategic framework, coordinates and
-- co-funds; local and regional bodies design and deliver, in a partnership
-- of negotiation rather than central surveillance or local laissez-faire
-- [L782], [L1082-1084]. Regional agencies should serve indigenous SMEs, not
-- only attract large investors [L786].
local function cite(section, quote, lines)
  return { chapter = 2, section = section, quote = quote, lines = lines }
end

return {
  id = "sme_central_local_partnership",
  title = "Deliver SME support through a central-local partnership",
  source = cite("SME Promotion Policy", "Evidence suggests that local delivery of SME support " ..
    "is more appropriate than a centralized approach.", "L782"),
  requires = { "diffusion.delivery_model" },
  tags = { "sme", "delivery", "regions" },
  measures = { "central_local_partnership_framework", "matching_funds_local_tech_infra",
               "sme_delivery_performance_criteria" },

  evaluate = function(p, ctx)
    local central, central_evidence = ctx:check{ field = "diffusion.delivery_model", op = "==",
                                                 threshold = "central" }
    local local_only, local_evidence
    if not central then
      local_only, local_evidence = ctx:check{ field = "diffusion.delivery_model", op = "==",
                                              threshold = "local" }
    end
    if central then
      ctx:finding{
        id = "central_only_delivery",
        severity = "warning",
        title = "SME and technology support is designed and delivered only from the centre",
        message = "Support is designed and delivered centrally. National programmes 'may fail " ..
          "to reflect the diversity of needs and conditions among local areas' and, managed " ..
          "bureaucratically, promote 'safe regional activities of only marginal relevance' " ..
          "[L1082-1084]; local delivery is more appropriate [L782]. Keep the strategic " ..
          "framework and coordination at the centre, hand design and delivery to local " ..
          "bodies, and co-fund local technology offices, open laboratories and incubators " ..
          "with central matching funds [L937].",
        evidence = { central_evidence },
        measures = { "central_local_partnership_framework", "matching_funds_local_tech_infra" },
      }
    elseif local_only then
      ctx:finding{
        id = "local_laissez_faire_delivery",
        severity = "warning",
        title = "Local SME support runs without a national framework",
        message = "Support is left to local bodies without national involvement. A " ..
          "laissez-faire regional policy risks 'parochialization': research and education " ..
          "bent to the narrow, present needs of local industry [L1084]. Add a national " ..
          "strategic framework, information channels between national and local agencies " ..
          "and matching funds, in a partnership 'characterized by consultation and " ..
          "negotiation rather than surveillance and coordination' [L1084].",
        evidence = { local_evidence },
        measures = { "central_local_partnership_framework" },
        source = cite("Implications for Latecomers", "The partnership, characterized by " ..
          "consultation and negotiation rather than surveillance and coordination, should " ..
          "allow for local initiatives and diversity.", "L1084"),
      }
    end
    -- what regional agencies concentrate on: unknown is a data gap
    local chasing, focus_evidence = ctx:check{ field = "governance.regional_agency_focus", op = "==",
                                               threshold = "fdi_attraction" }
    if chasing then
      ctx:finding{
        id = "regional_agencies_chase_investors",
        severity = "advice",
        title = "Regional agencies attract investors rather than grow local SMEs",
        message = "Regional development agencies mainly attract inward investment. The report " ..
          "notes such agencies concentrating on 'investments of large businesses and " ..
          "multinationals rather than promoting indigenous enterprises' [L786], while the " ..
          "successful ones knew their local communities and supported regional SMEs [L788]. " ..
          "Give them performance criteria for indigenous SMEs.",
        evidence = { focus_evidence },
        measures = { "sme_delivery_performance_criteria" },
      }
    end
  end,
}
