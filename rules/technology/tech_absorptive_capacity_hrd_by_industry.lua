-- Lesson 24 (tech_absorptive_capacity_hrd_by_industry), a gate: firms need
-- in-house change-generating people before external technology can be
-- absorbed, and human resource development must be by industry, not only for
-- it. "R&D expenditures can be seen as an investment in the absorptive
-- capacity of the firm" (fn 41 [L732]); the issue "is not just about human
-- resource development for industry. It is about human resource development
-- by industry" [L1052]. Receptor capacity is read from the share of SMEs doing
-- their own R&D (Korea 1993: 7.7%, Germany about 40%, [L883]); HRD by
-- industry from the share of firms offering formal training. Level 3
-- diffusion programmes (Table 2-6) need that capacity first.
local levels = require("diffusion.levels")

return {
  id = "tech_absorptive_capacity_hrd_by_industry",
  title = "Build firms' absorptive capacity before advanced technology transfer",
  source = {
    chapter = 2, section = "Implications for Latecomers",
    quote = "It is about human resource development by industry.",
    lines = "L1052",
  },
  requires = { "derived.stage.id" },
  tags = { "technology", "sme", "transition" },
  measures = { "absorptive_capacity_human_capital", "sme_skills_and_working_conditions",
               "in_firm_rnd_centers" },

  evaluate = function(p, ctx)
    local sme = p.sme or {}
    local rd_firms, training = sme.rd_performing_pct, sme.training_firms_pct
    if rd_firms == nil and training == nil then
      ctx:missing("sme.rd_performing_pct", "sme.training_firms_pct")
      return
    end

    -- Level 3 programmes (Table 2-6) ahead of firms' receptor capacity
    local level3 = {}
    for i, program in ipairs(p.diffusion and p.diffusion.programs or {}) do
      if levels.LEVEL_OF_TYPE[program.type] == 3 then level3[#level3 + 1] = i end
    end
    local incapable, rd_evidence
    if #level3 > 0 and rd_firms ~= nil then
      incapable, rd_evidence = ctx:check{ field = "sme.rd_performing_pct", op = "<",
        config = "rd_performing_pct_min", benchmark = 40, note = "Germany c.1990; Korea 1993: 7.7 [L883]" }
    end
    if incapable then
      local evidence = { rd_evidence }
      for _, i in ipairs(level3) do
        evidence[#evidence + 1] = { field = string.format("diffusion.programs.%d.type", i) }
      end
      ctx:finding{
        id = "advanced_diffusion_without_absorptive_capacity",
        severity = "warning",
        title = "Innovation-level diffusion programmes run ahead of firms' absorptive capacity",
        message = string.format(
          "Level 3 diffusion programmes (roadmaps, diagnostics, benchmarking, university-industry " ..
          "links) are planned while only %.1f%% of SMEs do their own R&D. Without in-house " ..
          "know-how firms cannot absorb external know-how (fn 41 [L732]); receptor capacity " ..
          "comes first. Build change-generating human capital in firms and in-firm R&D, then " ..
          "scale up the advanced programmes.", rd_firms),
        evidence = evidence,
        measures = { "absorptive_capacity_human_capital", "in_firm_rnd_centers" },
      }
    end

    local untrained, training_evidence
    if training ~= nil then
      untrained, training_evidence = ctx:check{ field = "sme.training_firms_pct", op = "<",
                                                config = "training_firms_pct_min" }
    end
    if untrained then
      -- beyond catch-up the gap is a warning
      local transition, stage_evidence = ctx:check{ field = "derived.stage.id", op = "~=",
                                                    threshold = "catch_up" }
      ctx:finding{
        id = "weak_hrd_by_industry",
        severity = transition and "warning" or "advice",
        title = "Few firms train their own people",
        message = string.format(
          "Only %.0f%% of firms offer formal training. The report's point is that change-" ..
          "generating human capital must be developed by industry itself, not only by " ..
          "universities and training institutions outside it [L1052]%s. Support in-firm " ..
          "training and the working conditions that let SMEs hire and keep skilled staff.",
          training, transition and "; beyond catch-up, costless learning by doing no longer " ..
            "suffices" or ""),
        evidence = { transition and stage_evidence or { field = "derived.stage.id",
                                                        value = p.derived.stage.id },
                     training_evidence },
        measures = { "absorptive_capacity_human_capital", "sme_skills_and_working_conditions" },
      }
    end
  end,
}
