-- Lesson 33: in catch-up, connect labour-intensive SMEs to export markets
-- through an export-promotion agency (KOTRA 1962) and trading companies
-- that subcontract export production to SMEs (1975) [L633]: services and
-- channels, not export-contingent money (lesson 63).
local stage_of = require("sme.stage")
local function cite(section, quote, lines)
  return { chapter = section == "Summary" and nil or 2, section = section, quote = quote,
           lines = lines }
end

return {
  id = "sme_export_channels_catchup",
  title = "Connect SMEs to export markets through an agency and trading companies",
  source = cite("Summary", "SMEs contributed significantly to the production of export " ..
    "commodities", "L161"),
  requires = { "derived.stage.id" },
  tags = { "sme", "exports", "trade" },
  measures = { "export_promotion_agency", "general_trading_companies" },

  evaluate = function(p, ctx)
    local catch_up = ctx:check{ field = "derived.stage.id", op = "==", threshold = "catch_up" }
    -- whether an export-promotion agency exists: unknown is a data gap
    local no_agency, agency_evidence = ctx:check{
      field = "institutions.export_promotion_agency.present", op = "==", threshold = false }
    if no_agency then
      ctx:finding{
        id = "no_export_promotion_agency",
        severity = catch_up and "warning" or "advice",
        title = "No export-promotion agency helps SMEs find foreign buyers",
        message = "There is no export-promotion agency. Korea set up KOTRA in 1962 to explore " ..
          "overseas markets and support 'the export activities of SMEs' [L633]; in the 1960s " ..
          "SMEs produced much of Korea's exports. Give SMEs market information, fairs and " ..
          "buyer matching: services, never cash per unit exported, which is a prohibited " ..
          "export subsidy (lesson 63)." .. (catch_up and "" or " Past catch-up it matters " ..
          "less than in catch-up, but SMEs still need the market information."),
        evidence = { agency_evidence, stage_of.evidence(p) },
        measures = { "export_promotion_agency" },
        source = cite("SME Promotion Policy", "supporting the export activities of SMEs", "L633"),
      }
    end
    if not catch_up then return end
    local top2 = ctx:get("macro.top2_markets_export_share_pct")
    local concentrated, top2_evidence
    if top2 ~= nil then
      concentrated, top2_evidence = ctx:check{ field = "macro.top2_markets_export_share_pct", op = ">=",
        config = "top2_markets_info_pct", benchmark = 70,
        note = "Korea 1960s: 70 to 75 percent to Japan and the U.S. [L218]" }
    end
    if concentrated then
      ctx:finding{
        id = "exports_concentrated_on_two_markets",
        severity = "info",
        title = "Exports depend on two markets",
        message = string.format("Two destination markets take %.0f%% of exports. Korea's " ..
          "did too in the 1960s (Japan and the U.S., 70 to 75 percent [L218]), which made " ..
          "SME exporters dependent on those buyers' cycles; market information on other " ..
          "destinations is part of the export agency's job.", top2),
        evidence = { top2_evidence },
        source = { chapter = 1,
                   section = "Managing the Take-off: Export-Led Industrialization (1962-72)",
                   quote = "significant dependence on two " ..
          "principal markets, Japan and the U.S.", lines = "L218" },
      }
    end
    local share, channel = ctx:need("sme.export_share_pct", "sme.trading_company_channel")
    if share == nil or channel == nil then return end
    local low, share_evidence = ctx:check{ field = "sme.export_share_pct", op = "<",
                                           config = "sme_export_share_low_pct" }
    if not low then return end
    local no_channel, channel_evidence = ctx:check{ field = "sme.trading_company_channel", op = "==",
                                                    threshold = false }
    if not no_channel then return end
    ctx:finding{
      id = "smes_cut_off_from_export_channels",
      severity = "advice",
      title = "SMEs have little share in exports and no trading-company channel",
      message = string.format("SMEs make %.0f%% of exports and no trading companies " ..
        "subcontract export production to them. Korea introduced general trading companies " ..
        "in 1975 to 'subcontract export production to SMEs' [L633]: they aggregate small " ..
        "producers' output and bring foreign buyers' specifications. Let trading companies " ..
        "form, without tying their privileges to export volumes.", share),
      evidence = { share_evidence, channel_evidence },
      measures = { "general_trading_companies" },
      source = cite("SME Promotion Policy", "subcontract export production to SMEs", "L633"),
    }
  end,
}
