-- Lesson 16 (trade_preannounced_import_liberalization): liberalize imports on
-- a schedule announced in advance, competitive items first, once the
-- external imbalance is corrected. Korea's import liberalization ratio went
-- from 69% (1980) to 95% (1988) on a schedule "announced in advance" [L348];
-- the 1983 programme came once Korea "had almost corrected the severe external
-- imbalances" [L362]; about 39 special laws still let ministries require
-- import approval [L362]. No significant dislocations followed [L366].
return {
  id = "trade_preannounced_import_liberalization",
  title = "Liberalize imports on a pre-announced schedule, competitive items first",
  source = {
    chapter = 1, section = "Liberalization, Restructuring and Technological Development",
    quote = "This might be explained by the policy of providing advance notice and " ..
      "liberalizing first the items with a competitive edge.",
    lines = "L366",
  },
  requires = { "derived.stage.id" },
  tags = { "trade", "transition" },
  measures = { "import_liberalization_preannounced_schedule", "tariff_dispersion_reduction",
               "macro_stabilization_program", "fx_flexibility_real_depreciation" },

  evaluate = function(p, ctx)
    local trade, macro = p.trade or {}, p.macro or {}
    local program, order = trade.import_liberalization, trade.liberalization_order
    local ratio, laws = trade.import_liberalization_ratio_pct, trade.special_import_approval_laws
    if program == nil and ratio == nil then
      ctx:missing("trade.import_liberalization", "trade.import_liberalization_ratio_pct")
      return
    end
    -- each part is judged when its inputs are stated
    local liberalizing, program_evidence
    if program ~= nil then
      liberalizing, program_evidence = ctx:check{ field = "trade.import_liberalization", op = "in",
        threshold = { "preannounced_schedule", "ad_hoc" } }
    end
    local deficit_max = ctx:threshold("current_account_deficit_max")

    -- the gate: external balance first (unknown while liberalizing is a data gap)
    local imbalance, ca_evidence
    if liberalizing then
      imbalance, ca_evidence = ctx:check{ field = "macro.current_account_pct_gdp", op = "<",
                                          threshold = -deficit_max }
    end
    if imbalance then
      ctx:finding{
        id = "import_liberalization_before_external_balance",
        severity = "warning",
        title = "Imports are being liberalized before the external imbalance is corrected",
        message = string.format(
          "Import liberalization is under way with a current-account deficit of %.1f%% of GDP. " ..
          "Korea stabilized and let the real rate depreciate first (1980-84) and adopted its " ..
          "import programme in 1983, once it \"had almost corrected the severe external " ..
          "imbalances\" [L362]. Stabilize and correct the real rate before the schedule bites.",
          -macro.current_account_pct_gdp),
        evidence = { program_evidence, ca_evidence },
        measures = { "macro_stabilization_program", "fx_flexibility_real_depreciation" },
      }
    end

    if liberalizing then
      local ad_hoc, ad_hoc_evidence = ctx:check{ field = "trade.import_liberalization", op = "==",
        threshold = "ad_hoc", benchmark = "preannounced_schedule" }
      if ad_hoc then
        ctx:finding{
          id = "import_liberalization_not_preannounced",
          severity = "advice",
          title = "Import liberalization proceeds case by case without an announced schedule",
          message = "Imports are being freed case by case. Korea raised its liberalization ratio " ..
            "from 69% to 95% in 1980-88 on a schedule announced in advance [L348], and the report " ..
            "credits advance notice for the absence of significant dislocations [L366]: firms " ..
            "answered with quality improvement and technological development. Publish a " ..
            "multi-year schedule.",
          evidence = { ad_hoc_evidence },
          measures = { "import_liberalization_preannounced_schedule" },
        }
      end
    end
    local reversed, order_evidence
    if order ~= nil then
      reversed, order_evidence = ctx:check{ field = "trade.liberalization_order", op = "==",
        threshold = "uncompetitive_first", benchmark = "competitive_first" }
    end
    if reversed then
      ctx:finding{
        id = "uncompetitive_items_liberalized_first",
        severity = "warning",
        title = "The least competitive items are being exposed to imports first",
        message = "The programme opens the least competitive items first. Korea liberalized " ..
          "first the items with a competitive edge, and firms producing the least competitive " ..
          "items had time to adjust [L366]. Reorder the schedule: competitive items first.",
        evidence = { order_evidence },
        measures = { "import_liberalization_preannounced_schedule" },
      }
    end

    -- a transition economy that still restricts imports, has not started, and whose external
    -- balance allows it (each input stated)
    if program ~= nil and ratio ~= nil and macro.current_account_pct_gdp ~= nil then
      local past_catch_up, stage_evidence = ctx:check{ field = "derived.stage.id", op = "~=",
                                                       threshold = "catch_up" }
      local none, none_evidence, low, ratio_evidence, balanced, balance_evidence
      if past_catch_up then
        none, none_evidence = ctx:check{ field = "trade.import_liberalization", op = "==",
                                         threshold = "none" }
      end
      if none then
        low, ratio_evidence = ctx:check{ field = "trade.import_liberalization_ratio_pct", op = "<",
          config = "import_liberalization_ratio_min", benchmark = 95, note = "Korea 1988 [L348]" }
      end
      if low then
        balanced, balance_evidence = ctx:check{ field = "macro.current_account_pct_gdp", op = ">=",
                                                threshold = -deficit_max }
      end
      if balanced then
        ctx:finding{
          id = "import_restrictions_outlast_catch_up",
          severity = "advice",
          title = "Quantitative import restrictions remain after catch-up",
          message = string.format(
            "Only %.0f%% of import items are free of quantitative restrictions and no " ..
            "liberalization is under way, although the external balance allows it. Korea went " ..
            "from 69%% (1980) to 95%% (1988) and cut the average tariff from 24%% to 13%% in " ..
            "1983-89 [L348][L362]; import competition then pushed firms to quality improvement and " ..
            "technological development [L366]. Announce a multi-year schedule, competitive items " ..
            "first, and compress tariffs.", ratio),
          evidence = { stage_evidence, none_evidence, ratio_evidence, balance_evidence },
          measures = { "import_liberalization_preannounced_schedule", "tariff_dispersion_reduction" },
        }
      end
    end

    local residual, laws_evidence
    if laws ~= nil then
      residual, laws_evidence = ctx:check{ field = "trade.special_import_approval_laws", op = ">",
        threshold = 0, benchmark = 39, note = "Korea 1980s [L362]" }
    end
    if residual then
      ctx:finding{
        id = "residual_import_approval_laws",
        severity = "advice",
        title = "Special laws keep import approval requirements outside the tariff schedule",
        message = string.format(
          "%d special laws let ministries require approval for imports. Korea had about 39 " ..
          "such laws after its tariff reform [L362], protection under another name. Bring them " ..
          "into the liberalization schedule.", laws),
        evidence = { laws_evidence },
        measures = { "import_liberalization_preannounced_schedule" },
      }
    end
  end,
}
