-- Lesson 28 (st_public_rnd_program_design): strategic public R&D as
-- industry-co-funded consortia; basic research as long-term competitive
-- centres with periodic evaluation; evaluation separate from implementation.
-- In 1991-95 government and industry "equally shared the financial costs"
-- [L520]; the HAN project created innovation networks "by forcing
-- enterprises, laboratories and universities to work together" [L526];
-- university centres "received government funding for nine years, provided
-- that an evaluation took place every three years" [L538]; from 1999
-- implementation and evaluation "were undertaken by separate entities" [L736].
-- The WTO caps on R&D aid are lesson 65's.
-- The design tests of strategic-product programmes and basic-research centres:
-- either failing is a flaw, each is judged when stated, and a programme that
-- states neither is a data gap.
local DESIGN_TESTS = {
  strategic_product = {
    { key = "industry_cost_share_pct", op = "<", config = "industry_cost_share_min",
      benchmark = 50, note = "Korea 1991-95 [L520]" },
    { key = "consortium_required", op = "==", threshold = false },
  },
  basic_center = {
    { key = "funding_years", op = "<", config = "basic_center_funding_years_min",
      benchmark = 9, note = "Korea SRC/ERC [L538]" },
    { key = "evaluation_cycle_years", op = ">", config = "basic_center_evaluation_cycle_max",
      benchmark = 3, note = "Korea SRC/ERC [L538]" },
  },
}

-- The evidence of the design tests PROGRAM fails (empty when none).
local function design_flaws(ctx, prefix, program, tests)
  if program[tests[1].key] == nil and program[tests[2].key] == nil then
    ctx:missing(prefix .. tests[1].key, prefix .. tests[2].key)
  end
  local evidence = {}
  for _, t in ipairs(tests) do
    if program[t.key] ~= nil then
      local flawed, entry = ctx:check{ field = prefix .. t.key, op = t.op, threshold = t.threshold,
                                       config = t.config, benchmark = t.benchmark, note = t.note }
      if flawed then evidence[#evidence + 1] = entry end
    end
  end
  return evidence
end

return {
  id = "st_public_rnd_program_design",
  title = "Design public R&D as co-funded consortia and long-horizon, evaluated centres",
  source = {
    chapter = 1, section = "Scientific and Technological Development",
    quote = "the centers received government funding for nine years, provided that an " ..
      "evaluation took place every three years and showed good progress",
    lines = "L538",
  },
  requires = { "rnd_programs" },
  tags = { "st", "transition", "innovation" },
  measures = { "strategic_rnd_consortium_cost_sharing", "basic_research_centers_competitive",
               "creative_research_autonomy_grants", "rnd_evaluation_separation" },

  evaluate = function(p, ctx)
    local strategic, strategic_ev, centres, centres_ev, unchecked, unchecked_ev = {}, {}, {}, {}, {}, {}
    local has_creative = false
    for i, program in ipairs(p.rnd_programs) do
      local prefix = string.format("rnd_programs.%d.", i)
      -- a programme of unknown type is a data gap
      local is_strategic = ctx:check{ field = prefix .. "type", op = "==", threshold = "strategic_product" }
      if program.type == "creative" then has_creative = true end
      local names, flaws
      if is_strategic then
        names, flaws = strategic, strategic_ev
      elseif program.type == "basic_center" then
        names, flaws = centres, centres_ev
      end
      if names then
        local evidence = design_flaws(ctx, prefix, program, DESIGN_TESTS[program.type])
        if #evidence > 0 then
          names[#names + 1] = program.name
          table.move(evidence, 1, #evidence, #flaws + 1, flaws)
        end
      end
      if program.evaluation_independent ~= nil then
        local own, entry = ctx:check{ field = prefix .. "evaluation_independent", op = "==",
                                      threshold = false }
        if own then
          unchecked[#unchecked + 1] = program.name
          unchecked_ev[#unchecked_ev + 1] = entry
        end
      end
    end

    if #strategic > 0 then
      ctx:finding{
        id = "strategic_rnd_without_industry_stake",
        severity = "advice",
        title = "Strategic R&D programmes lack an industry stake or a consortium",
        message = table.concat(strategic, ", ") .. ": industry pays less than half or firms " ..
          "need not join a consortium. In Korea's 1991-95 production-technology programme " ..
          "government and industry \"equally shared the financial costs\" [L520], and the HAN " ..
          "project built innovation networks by making firms, institutes and universities work " ..
          "together [L526]. Require consortia and at least equal industry co-funding.",
        evidence = strategic_ev,
        measures = { "strategic_rnd_consortium_cost_sharing" },
      }
    end
    if #centres > 0 then
      ctx:finding{
        id = "basic_research_horizon_too_short",
        severity = "advice",
        title = "Basic-research centres are funded too briefly or evaluated too rarely",
        message = table.concat(centres, ", ") .. ": the funding horizon or review cycle does " ..
          "not match Korea's university centres, which received nine years of funding with an " ..
          "evaluation every three years [L538]. Fund competitively selected centres long enough " ..
          "to matter and review them on a short cycle.",
        evidence = centres_ev,
        measures = { "basic_research_centers_competitive" },
      }
    end
    if #unchecked > 0 then
      ctx:finding{
        id = "rnd_evaluation_not_independent",
        severity = "advice",
        title = "R&D programmes are evaluated by the bodies that run them",
        message = table.concat(unchecked, ", ") .. " are evaluated by their own implementing " ..
          "body. From 1999 Korea had R&D implementation and the evaluation of its relevance " ..
          "\"undertaken by separate entities\" [L736]. Separate evaluation from implementation.",
        evidence = unchecked_ev,
        measures = { "rnd_evaluation_separation" },
      }
    end
    -- an innovation-stage economy without a creative research programme (stage unknown: not judged)
    local innovation, stage_evidence
    if not has_creative and #p.rnd_programs > 0 and p.derived.stage ~= nil and
        p.derived.stage.id ~= nil then
      innovation, stage_evidence = ctx:check{ field = "derived.stage.id", op = "==",
                                              threshold = "innovation" }
    end
    if innovation then
      ctx:finding{
        id = "no_creative_research_programme",
        severity = "advice",
        title = "An innovation-stage economy has no leader-driven creative research programme",
        message = "The country is at the innovation stage but runs no creative research " ..
          "programme. Korea's Creative Research Initiative (1997) marked the shift \"from " ..
          "imitation to innovation\" and gave project leaders complete authority and " ..
          "responsibility [L534]. Add creative research grants with leader autonomy and a " ..
          "long evaluation horizon.",
        evidence = { stage_evidence,
                     { field = "rnd_programs", note = "no programme of type creative" } },
        measures = { "creative_research_autonomy_grants" },
      }
    end
  end,
}
