-- Lesson 64: subsidies contingent upon the use of domestic over imported goods
-- are prohibited (SCM Art 3.1(b)), agricultural products included. Korea's HCI
-- drive set minimum domestic content for large plants and steered buyers to
-- domestic machinery with purchasing funds; those rules "undermined one of the
-- most effective components of the previous incentive regime" [L280]. The
-- Art 27.3 transitions for developing (to 1999) and least-developed (to 2002)
-- members are over. Each programme is judged by the WTO classifier.
local programs = require("wto.programs")

local ALTERNATIVES = { "parts_materials_localization_rnd", "local_product_performance_testing",
                       "quality_certification_local_machinery", "exporter_input_duty_exemption" }

return {
  id = "wto_local_content_subsidy",
  title = "Subsidies contingent on using domestic over imported goods are prohibited",
  source = {
    chapter = 2, section = "Implications for Latecomers", footnote = 62,
    quote = "(b) subsidies contingent upon the use of domestic over imported goods",
    lines = "L1012",
  },
  requires = { "subsidy_programs" },
  tags = { "wto", "industrial", "subsidies" },
  measures = ALTERNATIVES,

  evaluate = function(p, ctx)
    local classified = programs.classified(p, ctx)
    programs.note_member_gaps(ctx, classified)
    local prohibited, hypothetical, transition = {}, {}, {}
    for _, c in ipairs(classified) do
      local e = c.entry
      -- the classifier's verdict on local-content contingency
      ctx:note(string.format("%s: %s (%s)", c.label, e.classification,
                             e.binding and "bound by the Agreements" or "not bound yet"))
      if ctx:check{ field = c.field .. ".contingency.local_content", value = e.facts.local_content == true,
                    op = "==", threshold = true, note = "WTO classifier" } then
        if e.facts.prohibited_local_content and e.binding then
          prohibited[#prohibited + 1] = c
        elseif e.facts.prohibited_local_content then
          hypothetical[#hypothetical + 1] = c
        else
          transition[#transition + 1] = c
        end
      end
    end
    local function describe(list)
      local labels, evidence = {}, {}
      for _, c in ipairs(list) do
        labels[#labels + 1] = c.label
        evidence[#evidence + 1] = { field = c.field .. ".contingency.local_content" }
      end
      return programs.join(labels) .. (#list > 1 and " are" or " is"), evidence
    end

    if #prohibited > 0 then
      local who, evidence = describe(prohibited)
      ctx:finding{
        id = "local_content_subsidy_prohibited",
        severity = "critical",
        title = "Local-content subsidies are prohibited for this WTO member",
        message = who .. " conditioned on using domestic over imported goods: prohibited at " ..
          ctx.as_of .. " (SCM Art 3.1(b); the Art 27.3 transitions are over, and agricultural " ..
          "products are not exempt). Korea's HCI-era domestic-content rules and domestic " ..
          "machinery purchasing funds \"undermined one of the most effective components of " ..
          "the previous incentive regime\" [L280]. Build local suppliers' capability instead: " ..
          "prototype R&D for parts and materials, public performance testing and quality " ..
          "certification, and duty-free access to inputs for exporters.",
        evidence = evidence,
        measures = ALTERNATIVES,
      }
    end
    if #hypothetical > 0 then
      local who, evidence = describe(hypothetical)
      ctx:finding{
        id = "local_content_subsidy_hypothetical",
        severity = "info",
        title = "Local-content subsidies would be prohibited for a WTO member",
        message = who .. " conditioned on using domestic over imported goods. The WTO " ..
          "Agreements do not bind the country at " .. ctx.as_of .. ", but any member, least " ..
          "developed or not, is bound by SCM Art 3.1(b): no such subsidy survives accession.",
        evidence = evidence,
        measures = { "parts_materials_localization_rnd", "local_product_performance_testing" },
      }
    end
    if #transition > 0 then
      local who, evidence = describe(transition)
      local ends = transition[1].entry.sdt.ends or "the end of the transition"
      ctx:finding{
        id = "local_content_subsidy_transition",
        severity = "advice",
        title = "Local-content subsidies permitted only during the Art 27.3 transition",
        message = who .. " conditioned on using domestic over imported goods, which the " ..
          "SCM Art 27.3 transition still allows this member, until " .. ends .. ". Replace " ..
          "it before then with capability-building support that does not discriminate " ..
          "against imports.",
        evidence = evidence,
        measures = { "parts_materials_localization_rnd", "local_product_performance_testing" },
      }
    end
  end,
}
