-- Lesson 54: regional innovation centres (RICs) target technology-following
-- SMEs (fn 58 [L988]), sit near them [L974] and segment their clients
-- (fn 60 [L998]). Technology-driven SMEs "present no problem" and
-- non-technological ones offer little scope, so neither is the target. RICs
-- are delivered regionally, so the central-local partnership comes first
-- (lesson 46; the measures catalogue makes it the RIC prerequisite).
local SEG = "sme.segments_pct."
local MIX = "diffusion.ric_client_mix_pct."

local function cite(quote, lines, footnote)
  return { chapter = 2, section = "Structural Change in SMI and Evolution of Diffusion Policies",
           footnote = footnote, quote = quote, lines = lines }
end

local WHY_NOT_OTHERS = "The other segments are not the target: technology-driven SMEs 'are " ..
  "well aware of opportunities and capable of seeking out the required technical inputs' " ..
  "[L988] and 'may have the lowest need for support' [L990]; for non-technological SMEs 'the " ..
  "scope for new technologies is limited' [L988]."

-- Does any RIC exist? The institution, or a region that has one.
local function ric_exists(p, ctx)
  local present = ctx:get("institutions.regional_innovation_centres.present")
  if present then return true end
  for _, r in ipairs(p.regions or {}) do
    if r.has_ric then return true end
  end
  return present
end

-- No RIC yet: recommend one where technology followers are numerous.
local function judge_recommendation(p, ctx)
  -- a Level 2 instrument (lesson 51): the stage must be known
  if not ctx:check{ field = "derived.stage.id", op = "~=", threshold = "catch_up" } then return end
  -- enough technology followers (unknown: a data gap)
  local many, following_evidence = ctx:check{ field = SEG .. "technology_following", op = ">=",
                                               config = "technology_following_min_pct" }
  if not many then return end
  local following = p.sme.segments_pct.technology_following
  local partnership = ctx:get("diffusion.delivery_model")
  local measures = { "regional_innovation_centers" }
  local first = ""
  -- the central-local partnership comes first (unknown: a data gap)
  if ctx:check{ field = "diffusion.delivery_model", op = "~=", threshold = "partnership" } then
    table.insert(measures, 1, "central_local_partnership_framework")
    first = string.format(" Delivery is %s today: set up the central-local partnership first " ..
      "(central framework and matching funds, local design and delivery [L1084]), since " ..
      "RICs are regional bodies.", partnership == "central" and "central only" or
      "local without a national framework")
  end
  local evidence = {
    following_evidence,
    { field = "institutions.regional_innovation_centres.present" },
  }
  for _, k in ipairs({ "technology_driven", "non_technological" }) do
    if ctx:get(SEG .. k) ~= nil then evidence[#evidence + 1] = { field = SEG .. k } end
  end
  ctx:finding{
    id = "ric_for_technology_followers",
    severity = "advice",
    title = "Set up regional innovation centres for technology-following SMEs",
    message = string.format("%.0f%% of manufacturing SMEs are technology followers, and no " ..
      "regional innovation centre serves them. They are the RICs' target group: firms 'for " ..
      "which there are perspectives as well as obstacles for new technologies' [L988]. %s " ..
      "Locate the centres in the regions, close to the SMEs [L974], as brokers between firms " ..
      "and sources of expertise, and segment clients by need from the start [L998].%s",
      following, WHY_NOT_OTHERS, first),
    evidence = evidence,
    measures = measures,
    source = cite("The target group for RICs is the second category, for which there are " ..
      "perspectives as well as obstacles for new technologies.", "L988", 58),
  }
end

-- RICs exist: are they serving the target group, segmented?
local function judge_clients(p, ctx)
  local driven = ctx:get(MIX .. "technology_driven")
  local nontech = ctx:get(MIX .. "non_technological")
  if driven == nil and nontech == nil then
    ctx:missing(MIX .. "technology_driven", MIX .. "non_technological")
  end
  -- each share is judged when known
  local too_driven, driven_evidence
  if driven ~= nil then
    too_driven, driven_evidence = ctx:check{ field = MIX .. "technology_driven", op = ">",
                                             config = "client_technology_driven_max_pct" }
  end
  if too_driven then
    ctx:finding{
      id = "ric_serving_technology_driven_firms",
      severity = "warning",
      title = "Regional innovation centres mostly serve firms that need them least",
      message = string.format("%.0f%% of RIC clients are technology-driven SMEs. 'Firms which " ..
        "already have advanced capabilities may be targeted but may have the lowest need for " ..
        "support' [L990]. Redirect the centres to technology followers and treat " ..
        "technology-driven and science-based firms as sources of technology for them " ..
        "(fn 67 [L1096]), not as clients.", driven),
      evidence = { driven_evidence },
      measures = { "ric_client_segmentation" },
      source = cite("Firms which already have advanced capabilities may be targeted but may " ..
        "have the lowest need for support.", "L990"),
    }
  end
  local too_nontech, nontech_evidence
  if nontech ~= nil then
    too_nontech, nontech_evidence = ctx:check{ field = MIX .. "non_technological", op = ">",
                                               config = "client_non_technological_max_pct" }
  end
  if too_nontech then
    ctx:finding{
      id = "ric_serving_non_technological_firms",
      severity = "advice",
      title = "Regional innovation centres spend much effort where technology has little scope",
      message = string.format("%.0f%% of RIC clients are non-technological SMEs, where 'the " ..
        "scope for new technologies is limited' [L988]. Keep them reachable at low cost " ..
        "(through intermediaries and group events, lesson 55) and focus the centres' own " ..
        "effort on technology followers.", nontech),
      evidence = { nontech_evidence },
      measures = { "ric_client_segmentation" },
    }
  end
  -- client segmentation: unknown is a data gap
  local unsegmented, segmentation_evidence = ctx:check{ field = "diffusion.ric_client_segmentation",
                                                        op = "==", threshold = false }
  if unsegmented then
    ctx:finding{
      id = "ric_clients_not_segmented",
      severity = "advice",
      title = "Regional innovation centres treat all client firms alike",
      message = "The RICs do not segment their clients. Even among technology followers " ..
        "needs differ, and 'it tends to be ineffective if one approaches all firms in the same " ..
        "way' [L974]: segment clients by their need for guidance at each stage of adoption " ..
        "(fn 60 [L998]).",
      evidence = { segmentation_evidence },
      measures = { "ric_client_segmentation" },
      source = cite("The target group should be segmented according to their needs for " ..
        "guidance in the adoption process", "L998", 60),
    }
  end
end

return {
  id = "ric_target_group",
  title = "Regional innovation centres should target technology-following SMEs",
  source = cite("The target group for RICs is the second category, for which there are " ..
    "perspectives as well as obstacles for new technologies.", "L988", 58),
  requires = {},
  tags = { "ric", "diffusion", "regions", "sme" },
  measures = { "regional_innovation_centers", "central_local_partnership_framework",
               "ric_client_segmentation" },

  evaluate = function(p, ctx)
    local exists = ric_exists(p, ctx)
    if exists == nil then
      ctx:missing("institutions.regional_innovation_centres.present")
    elseif exists then
      judge_clients(p, ctx)
    else
      judge_recommendation(p, ctx)
    end
  end,
}
