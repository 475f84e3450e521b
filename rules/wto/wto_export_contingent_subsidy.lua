-- Lesson 63: subsidies contingent, in law or in fact, upon export performance
-- are prohibited (SCM Art 3.1(a)). Korea's 1960s-70s export incentives (the
-- 50% income-tax cut on export earnings, preferential export credit, wastage
-- allowances, cash payments per dollar exported) cannot be copied by a WTO
-- member outside Annex VII. Each programme is judged by the WTO classifier
-- (rules/lib/wto, docs/wto.md) at as_of: prohibited for a bound member is
-- critical; for a country the Agreements do not bind yet it is information;
-- an export subsidy open only under S&DT is information, or advice when the
-- S&DT is about to end.
local programs = require("wto.programs")

local ALTERNATIVES = { "performance_based_allocation_criteria", "export_promotion_agency",
                       "exporter_input_duty_exemption", "fx_crawling_peg_real_target" }

return {
  id = "wto_export_contingent_subsidy",
  title = "Subsidies contingent on export performance are prohibited",
  source = {
    chapter = 2, section = "Implications for Latecomers", footnote = 62,
    quote = "The following subsidies shall be prohibited: (a) subsidies contingent, by law or in " ..
      "fact, upon export performance",
    lines = "L1012",
  },
  requires = { "subsidy_programs" },
  tags = { "wto", "trade", "subsidies" },
  measures = ALTERNATIVES,

  evaluate = function(p, ctx)
    local classified = programs.classified(p, ctx)
    programs.note_member_gaps(ctx, classified)
    local prohibited, hypothetical, exempt, ending = {}, {}, {}, {}
    for _, c in ipairs(classified) do
      local e = c.entry
      -- the classifier's verdict on export contingency (the profile facts behind it are in
      -- the subsidies section of the result and in the evidence below)
      ctx:note(string.format("%s: %s (%s)", c.label, e.classification,
                             e.binding and "bound by the Agreements" or "not bound yet"))
      if ctx:check{ field = c.field, value = e.facts.export or e.classification, op = "==",
                    threshold = "export_subsidy", note = "WTO classifier" } then
        if e.facts.prohibited_export and e.binding then
          prohibited[#prohibited + 1] = c
        elseif e.facts.prohibited_export then
          hypothetical[#hypothetical + 1] = c
        elseif e.sdt.applies and programs.flagged(e, "graduation_watch") then
          ending[#ending + 1] = c
        elseif e.sdt.applies then
          exempt[#exempt + 1] = c
        end
      end
    end

    local function labels(list)
      local out = {}
      for _, c in ipairs(list) do out[#out + 1] = c.label end
      return programs.join(out)
    end
    local function evidence(list)
      local out = {}
      for _, c in ipairs(list) do out[#out + 1] = programs.export_evidence(c) end
      return out
    end

    if #prohibited > 0 then
      ctx:finding{
        id = "export_contingent_subsidy_prohibited",
        severity = "critical",
        title = "Export-contingent subsidies are prohibited for this WTO member",
        message = labels(prohibited) .. (#prohibited > 1 and " are" or " is") .. " contingent " ..
          "on export performance and prohibited for this member at " .. ctx.as_of .. " (SCM " ..
          "Art 3.1(a); no Art 27 exemption applies). The report is plain that Korea's " ..
          "discretionary export incentives of the 1960s and 1970s are \"simply not feasible " ..
          "under the WTO regime\" [L178]. Keep the discipline of one monitored criterion, drop " ..
          "the contingency: allocate support on non-export performance tests, offer exporters " ..
          "information and marketing services, remit duties on inputs only as far as they were " ..
          "levied, and keep the real exchange rate competitive.",
        evidence = evidence(prohibited),
        measures = ALTERNATIVES,
      }
    end
    if #hypothetical > 0 then
      ctx:finding{
        id = "export_contingent_subsidy_hypothetical",
        severity = "info",
        title = "Export-contingent subsidies would be prohibited for a WTO member",
        message = labels(hypothetical) .. (#hypothetical > 1 and " are" or " is") .. " " ..
          "contingent on export performance. The WTO Agreements do not bind the country at " ..
          ctx.as_of .. ", but on accession (or today, for a 1960s-style programme) the subsidy " ..
          "would be prohibited by SCM Art 3.1(a) unless Annex VII applied. Plan it so that it " ..
          "survives accession.",
        evidence = evidence(hypothetical),
        measures = { "performance_based_allocation_criteria", "export_promotion_agency" },
      }
    end
    if #ending > 0 then
      local ends = {}
      for _, c in ipairs(ending) do
        ends[#ends + 1] = c.label .. " until " .. (c.entry.sdt.ends or "graduation, which is near")
      end
      ctx:finding{
        id = "export_subsidy_sdt_ending",
        severity = "advice",
        title = "The special treatment that permits these export subsidies is ending",
        message = "Export-contingent support is open to this member only under special and " ..
          "differential treatment (SCM Art 27): " .. programs.join(ends) .. ". After that the " ..
          "Art 3.1(a) prohibition applies; redesign now, around non-export criteria.",
        evidence = evidence(ending),
        measures = { "performance_based_allocation_criteria", "export_promotion_agency" },
      }
    end
    if #exempt > 0 then
      ctx:finding{
        id = "export_subsidy_sdt_exempt",
        severity = "info",
        title = "Export subsidies permitted only under special and differential treatment",
        message = labels(exempt) .. (#exempt > 1 and " are" or " is") .. " contingent on " ..
          "export performance but exempt from the prohibition for this member (SCM Art 27.2 or " ..
          "the AoA's remaining flexibility). The exemption ends at graduation; the subsidy " ..
          "remains actionable against adverse effects.",
        evidence = evidence(exempt),
        measures = { "performance_based_allocation_criteria" },
      }
    end
  end,
}
