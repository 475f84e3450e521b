-- Lesson 58: build intermediary structures (research associations,
-- technology extension, innovation consultancy, university TLOs, technology
-- exchanges, royalty sharing for researchers) as complements to firms' own
-- efforts, not substitutes: supporting institutions "can rarely act as a
-- substitute for it" [L1050]. After catch-up (Level 2 to Level 3, lesson 51).
local stage_of = require("sme.stage")

-- Each kind of intermediary: the profile field saying whether it exists,
-- the measure that builds it, and where the report describes it.
local KINDS = {
  { field = "diffusion.research_associations",
    measure = "cooperative_research_associations",
    what = "cooperative research associations sharing testing, pilot plants and prototypes [L1072]" },
  { field = "institutions.technology_extension_service.present",
    measure = "technology_extension_service",
    what = "a proactive technology extension service [L1080]" },
  { field = "diffusion.innovation_consultancy",
    measure = "innovation_consultancy_programs",
    what = "innovation consultancy through chambers, associations and regional agencies [L1074]" },
  { field = "institutions.university_tlo.present",
    measure = "university_tlo_and_industry_forces",
    what = "university technology licensing offices (UNITEF 1996 and TLOs, fn 43)" },
  { field = "institutions.technology_exchange_market.present",
    measure = "technology_exchange_market",
    what = "a technology exchange (Techno-mart 1998, Korea Technology Exchange 2000 [L750])" },
  { field = "technology.researcher_royalty_sharing",
    measure = "researcher_royalty_sharing",
    what = "a share of profits and royalties for inventor-researchers [L760]" },
}

return {
  id = "diffusion_intermediaries_tech_transfer",
  title = "Build technology intermediaries that complement firms' own efforts",
  source = {
    chapter = 2, section = "Implications for Latecomers",
    quote = "They are an important ancillary and complementary source of S&T information " ..
      "rather than a substitute for in-house R&D.",
    lines = "L1072",
  },
  requires = { "derived.stage.id" },
  tags = { "diffusion", "technology", "institutions" },
  measures = { "cooperative_research_associations", "technology_extension_service",
               "innovation_consultancy_programs", "university_tlo_and_industry_forces",
               "technology_exchange_market", "researcher_royalty_sharing" },

  evaluate = function(p, ctx)
    -- a Level 2 to Level 3 build-up (lesson 51)
    if not ctx:check{ field = "derived.stage.id", op = "~=", threshold = "catch_up" } then return end
    local stage = p.derived.stage.id
    -- each kind must be known: an unknown one is a data gap
    local absent, evidence, measures = {}, {}, {}
    for _, k in ipairs(KINDS) do
      local missing, entry = ctx:check{ field = k.field, op = "==", threshold = false }
      if missing then
        absent[#absent + 1] = k.what
        evidence[#evidence + 1] = entry
        measures[#measures + 1] = k.measure
      end
    end
    if #absent > 0 then
      evidence[#evidence + 1] = stage_of.evidence(p)
      ctx:finding{
        id = "missing_technology_intermediaries",
        severity = "advice",
        title = "Technology intermediaries between SMEs and knowledge sources are missing",
        message = string.format("In the %s stage SMEs need intermediaries that translate " ..
          "what universities and institutes know into something they can use, and technology " ..
          "transfer 'requires considerable missionary work to create awareness and " ..
          "receptiveness' [L1078]. Missing: %s. Build them as complements to firms' own " ..
          "R&D, never as substitutes [L1050], and through established organizations where " ..
          "they exist (lesson 43).", stage_of.name(stage), table.concat(absent, "; ")),
        evidence = evidence,
        measures = measures,
      }
    end
    -- an extension service that only points to sources (judged when both are stated)
    local extension = p.institutions and p.institutions.technology_extension_service
    local mode = p.diffusion and p.diffusion.extension_mode
    local passive, mode_evidence
    if extension and extension.present and mode ~= nil then
      passive, mode_evidence = ctx:check{ field = "diffusion.extension_mode", op = "==",
                                          threshold = "reference" }
    end
    if passive then
      ctx:finding{
        id = "extension_only_a_reference_source",
        severity = "advice",
        title = "Technology extension only points firms to sources",
        message = "The technology extension service acts only as a reference source. Its role " ..
          "'can range from being a reference source to being a broker, and then to directly " ..
          "consulting on the client's problem' [L1080]: make it proactive, brokering contacts " ..
          "and consulting on SMEs' problems, since SMEs rarely seek support on their own [L780].",
        evidence = { mode_evidence, { field = "institutions.technology_extension_service.present" } },
        measures = { "technology_extension_service" },
        source = { chapter = 2, section = "Implications for Latecomers",
                   quote = "can range from being a reference source to being a broker, and " ..
                     "then to directly consulting", lines = "L1080" },
      }
    end
  end,
}
