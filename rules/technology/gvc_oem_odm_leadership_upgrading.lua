-- Lesson 25 (gvc_oem_odm_leadership_upgrading): climb from buyers'
-- specifications to OEM to ODM, and only then to own-brand leadership.
-- OEM "became the most important channel for export marketing during the
-- 1980s" [L1022]; "ODM offered a mechanism for the supplier to capture the
-- value added while still avoiding the risk of launching its own brand"
-- [L1024]; for Korea's firms "the risks of moving too quickly towards
-- leadership could outweigh the benefits" [L590], which requires brand
-- recognition, marketing and control of distribution. Exporters that stay in
-- highly competitive segments face "the erosion of their returns due to
-- falling terms of trade" [L1032]. Competitive segments are read from the
-- labour-intensive share of manufactured exports.
return {
  id = "gvc_oem_odm_leadership_upgrading",
  title = "Climb from OEM to ODM before own-brand leadership",
  source = {
    chapter = 2, section = "Implications for Latecomers",
    quote = "ODM offered a mechanism for the supplier to capture the value added while still " ..
      "avoiding the risk of launching its own brand of products.",
    lines = "L1024",
  },
  tags = { "technology", "trade", "catch_up", "transition", "innovation" },
  measures = { "oem_to_odm_design_capability", "in_firm_rnd_centers", "export_promotion_agency" },

  evaluate = function(p, ctx)
    local tech, strategy, macro = p.technology or {}, p.strategy or {}, p.macro or {}
    local channel, since = tech.export_channel, tech.export_channel_since
    local own_brand, tot = strategy.own_brand_promotion, macro.terms_of_trade_change_5y_pct
    if channel == nil and own_brand == nil and tot == nil then
      ctx:missing("technology.export_channel", "strategy.own_brand_promotion",
                  "macro.terms_of_trade_change_5y_pct")
      return
    end
    -- each part is judged when its inputs are stated

    -- an own-brand push while exporters still build to others' designs
    local pushing, brand_evidence
    if own_brand ~= nil and channel ~= nil then
      pushing, brand_evidence = ctx:check{ field = "strategy.own_brand_promotion", op = "==",
                                           threshold = true }
    end
    local builds_to_others, channel_evidence
    if pushing then
      builds_to_others, channel_evidence = ctx:check{ field = "technology.export_channel", op = "in",
        threshold = { "buyer_specification", "oem" }, benchmark = "odm" }
    end
    if builds_to_others then
      ctx:finding{
        id = "premature_own_brand_push",
        severity = "warning",
        title = "Policy pushes own brands before firms can design their products",
        message = "Policy promotes own-brand exports while exporters still build to others' " ..
          "designs (" .. channel .. "). Korea's firms moved to leadership only in the late 1990s " ..
          "and in some product lines; leadership requires brand recognition, marketing and " ..
          "control of foreign distribution, and \"the risks of moving too quickly towards " ..
          "leadership could outweigh the benefits\" [L590]. Build design capability first " ..
          "(ODM), with market information from an export promotion agency.",
        evidence = { brand_evidence, channel_evidence },
        measures = { "oem_to_odm_design_capability", "export_promotion_agency" },
      }
    end

    -- a decade or more of OEM: since when is needed once the channel is OEM
    local oem, oem_evidence
    if channel ~= nil then
      oem, oem_evidence = ctx:check{ field = "technology.export_channel", op = "==", threshold = "oem",
                                     benchmark = "odm" }
    end
    local long, since_evidence
    if oem then
      long, since_evidence = ctx:check{ field = "technology.export_channel_since", op = "<=",
        threshold = p.country.year - ctx:threshold("oem_years_before_odm") }
    end
    if long then
      ctx:finding{
        id = "long_oem_dependence",
        severity = "advice",
        title = "Exporters have stayed in OEM production for a decade or more",
        message = string.format(
          "OEM has been the dominant export channel since %d. In Korea OEM was the main " ..
          "channel of the 1980s and ODM evolved within the same decade [L1022][L1024], letting " ..
          "suppliers capture design value without the risk of their own brand. Build in-firm " ..
          "design and R&D so exporters can move to ODM.", since),
        evidence = { oem_evidence, since_evidence },
        measures = { "oem_to_odm_design_capability", "in_firm_rnd_centers" },
      }
    end

    -- falling terms of trade: then the share in crowded segments is needed
    local falling, tot_evidence
    if tot ~= nil then
      falling, tot_evidence = ctx:check{ field = "macro.terms_of_trade_change_5y_pct", op = "<",
                                         threshold = 0 }
    end
    local crowded, labor_evidence
    if falling then
      crowded, labor_evidence = ctx:check{ field = "macro.labor_intensive_share_manuf_exports_pct",
                                           op = ">=", config = "competitive_segments_share_min" }
    end
    if crowded then
      ctx:finding{
        id = "competitive_segments_eroding_returns",
        severity = "warning",
        title = "Exports stay in crowded segments while the terms of trade fall",
        message = string.format(
          "%.0f%% of manufactured exports are labour-intensive goods and the terms of trade " ..
          "fell %.0f%% in five years. The report warns that exporters confined to highly " ..
          "competitive segments face \"the erosion of their returns due to falling terms of " ..
          "trade\" [L1032]. Move up the value chain: design capability (ODM) and market " ..
          "intelligence.", macro.labor_intensive_share_manuf_exports_pct, -tot),
        evidence = { labor_evidence, tot_evidence },
        measures = { "oem_to_odm_design_capability", "export_promotion_agency" },
      }
    end
  end,
}
