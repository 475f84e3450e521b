-- Lesson 5 (trade_clear_performance_criterion): discretionary support works
-- when it is tied to one clear, observable, monitored criterion. Korea's was
-- export performance, watched in trade promotion meetings and firm-level
-- targets; it "resolved the ambiguities that typically create corruption and
-- waste" [L214]. Under the WTO an export criterion attached to a subsidy is
-- prohibited (lesson 63 judges the subsidies themselves), so the criterion
-- to copy today is a competitive market test, co-investment, productivity or
-- R&D milestones. Programmes: industrial_programs[] (market_test);
-- monitoring: governance.performance_monitoring.
return {
  id = "trade_clear_performance_criterion",
  title = "Tie discretionary support to one clear, monitored performance criterion",
  source = {
    chapter = 1, section = "Managing the Take-off: Export-Led Industrialization (1962-72)",
    quote = "Exporting was identified as the criterion for resource allocation",
    lines = "L214",
  },
  requires = { "industrial_programs" },
  tags = { "trade", "industrial", "governance" },
  measures = { "performance_based_allocation_criteria", "performance_monitoring_system" },

  evaluate = function(p, ctx)
    local without_test, export_test, evidence_none, evidence_export = {}, {}, {}, {}
    for i, program in ipairs(p.industrial_programs) do
      local field = string.format("industrial_programs.%d.market_test", i)
      -- a programme whose criterion is unknown is a data gap
      local none, entry = ctx:check{ field = field, op = "==", threshold = "none",
                                     benchmark = "other_performance" }
      if none then
        without_test[#without_test + 1] = program.name
        evidence_none[#evidence_none + 1] = entry
      elseif none == false then
        local exports
        exports, entry = ctx:check{ field = field, op = "==", threshold = "export_performance" }
        if exports then
          export_test[#export_test + 1] = program.name
          evidence_export[#evidence_export + 1] = entry
        end
      end
    end
    local monitoring = p.governance and p.governance.performance_monitoring

    if #without_test > 0 then
      local measures = { "performance_based_allocation_criteria" }
      -- monitoring not known to exist goes with the recommendation (unknown is not a gap here:
      -- the finding stands either way)
      if monitoring ~= true then
        measures[2] = "performance_monitoring_system"
        if monitoring == nil then
          evidence_none[#evidence_none + 1] = { field = "governance.performance_monitoring" }
        else
          local _, entry = ctx:check{ field = "governance.performance_monitoring", op = "==",
                                      threshold = false }
          evidence_none[#evidence_none + 1] = entry
        end
      end
      ctx:finding{
        id = "ambiguous_allocation_criterion",
        severity = "warning",
        title = "Discretionary support has no clear performance criterion",
        message = "Support under " .. table.concat(without_test, ", ") .. " is not tied to " ..
          "any observable performance test. Korea's discretionary export support worked because " ..
          "one criterion, export performance, was closely monitored, which \"resolved the " ..
          "ambiguities that typically create corruption and waste\" [L214]. Give each programme " ..
          "one observable criterion (a competitive market test, co-investment, productivity or " ..
          "R&D milestones, a sunset) and review it in regular public monitoring meetings.",
        evidence = evidence_none,
        measures = measures,
      }
    end

    if #export_test > 0 then
      -- membership must be known; the LDC and Annex VII(b) exemptions count only when stated
      local member, member_evidence = ctx:check{ field = "wto.member", op = "==", threshold = true }
      local wto = p.wto or {}
      if member and not (wto.un_ldc or wto.annex_vii_b_listed) then
        evidence_export[#evidence_export + 1] = member_evidence
        ctx:finding{
          id = "export_criterion_under_wto",
          severity = "advice",
          title = "Export performance as the criterion clashes with WTO subsidy rules",
          message = "Support under " .. table.concat(export_test, ", ") .. " is conditioned on " ..
            "export performance. That was Korea's criterion in the 1960s and 1970s, but for a WTO " ..
            "member outside the LDC and Annex VII(b) exemptions a subsidy contingent on exports " ..
            "is prohibited (SCM Art 3.1(a); report fn 62; see the WTO findings on each " ..
            "programme). Keep the discipline of one monitored criterion, not the instrument: use " ..
            "a competitive market test that counts domestic sales to unrelated buyers, " ..
            "co-investment or productivity milestones.",
          evidence = evidence_export,
          measures = { "performance_based_allocation_criteria" },
        }
      end
    end

    if #without_test == 0 and #p.industrial_programs > 0 and monitoring ~= nil then
      local unmonitored, monitoring_evidence = ctx:check{ field = "governance.performance_monitoring",
                                                          op = "==", threshold = false }
      if unmonitored then
        ctx:finding{
          id = "performance_not_monitored",
          severity = "warning",
          title = "Programme criteria exist but performance is not monitored",
          message = "Targeted programmes have performance criteria but no regular review of " ..
            "results. Korea's criterion mattered because performance was \"closely monitored\" " ..
            "through trade promotion meetings, export targets and close surveillance [L214]. Set " ..
            "up a monitoring system with published targets.",
          evidence = { monitoring_evidence },
          measures = { "performance_monitoring_system" },
        }
      end
    end
  end,
}
