-- Lesson 4 (trade_exporter_free_trade_status): direct and indirect exporters
-- need world-price access to their inputs; protection is for industries with
-- poor export prospects only. Korea exempted exports and indirect exports
-- from tariffs and indirect taxes in 1961 [L208]; average effective
-- protection was about 10% in 1968, "quite low by international standards"
-- [L234]. The HCI-era reversal (import bans even for export production,
-- [L278]) "undermined one of the most effective components of the previous
-- incentive regime" [L280].
return {
  id = "trade_exporter_free_trade_status",
  title = "Give direct and indirect exporters world-price access to inputs",
  source = {
    chapter = 1, section = "Managing the Take-off: Export-Led Industrialization (1962-72)",
    quote = "Korea's trade policy was marked not by the absence of protection in general, " ..
      "but by its absence in those industries that had export potential",
    lines = "L210",
  },
  tags = { "trade", "catch_up" },
  measures = { "exporter_input_duty_exemption", "tariff_dispersion_reduction" },

  evaluate = function(p, ctx)
    local trade = p.trade or {}
    local duty_free, bans = trade.exporter_input_duty_free, trade.import_bans_on_export_inputs
    local protection = trade.effective_protection_avg_pct
    if duty_free == nil and bans == nil and protection == nil then
      ctx:missing("trade.exporter_input_duty_free", "trade.import_bans_on_export_inputs",
                  "trade.effective_protection_avg_pct")
      return
    end
    -- each part is judged when stated
    local taxed, duty_evidence
    if duty_free ~= nil then
      taxed, duty_evidence = ctx:check{ field = "trade.exporter_input_duty_free", op = "in",
        threshold = { "none", "direct_only" }, benchmark = "direct_and_indirect",
        note = "Korea 1961 [L208]" }
    end
    if taxed then
      local who = duty_free == "none" and "Exporters pay tariffs and indirect taxes on their " ..
        "imported inputs" or "Direct exporters import inputs duty-free but indirect exporters " ..
        "(firms supplying inputs to exporters) do not"
      ctx:finding{
        id = "exporters_pay_input_duties",
        severity = "warning",
        title = "Exporters do not get their inputs at world prices",
        message = who .. ". Korea exempted both exports and indirect exports from tariffs and " ..
          "indirect taxes in 1961 [L208], so protection of the home market did not tax export " ..
          "production. Give direct and indirect exporters duty and indirect-tax exemption or " ..
          "drawback on inputs, limited to the inputs actually consumed (SCM Annex I(i), ext.: " ..
          "Korea's 1965 wastage allowances went beyond that).",
        evidence = { duty_evidence },
        measures = { "exporter_input_duty_exemption" },
      }
    end
    local banned, bans_evidence
    if bans ~= nil then
      banned, bans_evidence = ctx:check{ field = "trade.import_bans_on_export_inputs", op = "==",
                                         threshold = true }
    end
    if banned then
      ctx:finding{
        id = "import_bans_on_export_inputs",
        severity = "warning",
        title = "Import bans apply even to inputs for export production",
        message = "Some inputs may not be imported even for export production. Korea did this " ..
          "in the HCI drive to raise domestic sales of the targeted industries [L278]; the " ..
          "report judges that it undermined one of the most effective parts of the earlier " ..
          "incentive regime [L280]. Exempt export production from import bans.",
        evidence = { bans_evidence },
        measures = { "exporter_input_duty_exemption" },
      }
    end
    local protected, protection_evidence
    if protection ~= nil then
      protected, protection_evidence = ctx:check{ field = "trade.effective_protection_avg_pct",
        op = ">", config = "effective_protection_pct_max", benchmark = 10, note = "Korea 1968 [L234]" }
    end
    if protected then
      ctx:finding{
        id = "high_effective_protection",
        severity = "advice",
        title = "Average effective protection is high",
        message = string.format(
          "Average effective protection is about %.0f%%. Korea's was about 10%% in 1968, " ..
          "\"quite low by international standards\" [L234], with protection high only where " ..
          "export prospects were poor [L210]. Lower and compress tariffs once exporters have " ..
          "duty-free inputs.", protection),
        evidence = { protection_evidence },
        measures = { "tariff_dispersion_reduction" },
      }
    end
  end,
}
