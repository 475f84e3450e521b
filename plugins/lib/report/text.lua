-- report.text: escaping and formatting shared by the Markdown and HTML
-- renderers. Every value that comes from the result document goes through
-- one of the escapers here before it reaches the output.
local M = {}

local function str(s)
  if s == nil then return "" end
  -- control characters other than tab and newline have no place in a report
  return (tostring(s):gsub("[%z\1-\8\11\12\14-\31\127]", ""))
end
M.str = str

local HTML = { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;", ["'"] = "&#39;" }

-- HTML text and attribute values (also valid inside inline SVG).
function M.html(s)
  return (str(s):gsub("[&<>\"']", HTML))
end

-- Markdown inline text: characters that could open markup anywhere in a
-- line are backslash-escaped, and so is a block marker at the start (a
-- fragment may begin a line); line breaks become spaces so a value never
-- breaks a table row or a list item.
function M.md(s)
  s = str(s):gsub("\r?\n", " "):gsub("\t", " ")
  s = s:gsub("[\\`*_%[<|~]", "\\%0"):gsub("&(#?%w+;)", "\\&%1")
  s = s:gsub("^([#+%-])(%s)", "\\%1%2"):gsub("^([#+%-])$", "\\%1"):gsub("^>", "\\>")
  s = s:gsub("^(%d+)([.)])(%s)", "%1\\%2%3"):gsub("^(%d+)([.)])$", "%1\\%2")
  if s:match("^[=%-]+%s*$") then s = "\\" .. s end -- a setext underline or thematic break
  return s
end

-- A Markdown code span that holds S verbatim, safe inside a table cell.
function M.md_code(s)
  s = str(s):gsub("\r?\n", " ")
  local longest = 0
  for run in s:gmatch("`+") do
    if #run > longest then longest = #run end
  end
  local fence = string.rep("`", longest + 1)
  local pad = (s:sub(1, 1) == "`" or s:sub(-1) == "`") and " " or ""
  return fence .. pad .. s:gsub("|", "\\|") .. pad .. fence
end

-- HTML id fragment from any string: ids are [a-z0-9_.] by contract, but a
-- custom rule pack may do otherwise.
function M.anchor(s)
  return (str(s):lower():gsub("[^%w_.-]", "-"))
end

local function group_thousands(digits)
  local lead = #digits % 3
  if lead == 0 then lead = 3 end
  return digits:sub(1, lead) .. digits:sub(lead + 1):gsub("(%d%d%d)", ",%1")
end

-- Numbers as people read them: thousands separated from 10,000 up, at most DECIMALS
-- decimals (default 2) with trailing zeros dropped unless FIXED.
function M.num(v, decimals, fixed)
  if type(v) ~= "number" then return str(v) end
  if v ~= v then return "n/a" end
  if v == math.huge then return "infinity" end
  if v == -math.huge then return "-infinity" end
  local sign = v < 0 and "-" or ""
  local a = math.abs(v)
  local text
  if math.type(v) == "integer" and not fixed then
    text = tostring(a)
  else
    text = string.format("%." .. (decimals or 2) .. "f", a)
    if not fixed then text = text:gsub("%.?0+$", "") end
  end
  local int, frac = text:match("^(%d+)(.*)$")
  if not int then return sign .. text end
  if #int <= 4 then return sign .. text end -- years and small numbers stay ungrouped
  if tonumber(text) == 0 then sign = "" end
  return sign .. group_thousands(int) .. frac
end

-- Whether a profile field holds a percentage (profile.md: `_pct` names).
function M.is_percent_field(field)
  field = str(field)
  return field:match("_pct$") ~= nil or field:match("_pct[._]") ~= nil
end

local function unit_suffix(unit, field)
  if unit == "%" or unit == "pct" or unit == "percent" then return "%" end
  if unit and unit ~= "" then return " " .. str(unit) end
  if field and M.is_percent_field(field) then return "%" end
  return ""
end

local function is_list(t)
  return type(t) == "table" and (#t > 0 or next(t) == nil)
end
M.is_list = is_list

-- Any document value as plain text (escape it afterwards). FIELD and UNIT
-- add a % or unit to numbers.
function M.value(v, field, unit)
  local t = type(v)
  if v == nil then return "-" end
  if t == "boolean" then return v and "yes" or "no" end
  if t == "number" then return M.num(v) .. unit_suffix(unit, field) end
  if t == "table" then
    local parts = {}
    if is_list(v) then
      for _, item in ipairs(v) do parts[#parts + 1] = M.value(item, field, unit) end
      return table.concat(parts, ", ")
    end
    for k, item in pairs(v) do -- read-only tables iterate in sorted key order
      parts[#parts + 1] = str(k):gsub("_", " ") .. ": " .. M.value(item, field, unit)
    end
    return table.concat(parts, "; ")
  end
  return str(v)
end

local OPS = { [">="] = "≥", ["<="] = "≤", ["~="] = "≠", ["!="] = "≠", ["=="] = "=" }

-- An evidence entry's test: "> 150%", "between 47% and 51%", "in a, b".
function M.test(ev)
  if ev.op == nil and ev.threshold == nil then return nil end
  local op = ev.op and (OPS[ev.op] or str(ev.op)) or ""
  local th = ev.threshold
  if type(th) == "table" and is_list(th) and #th == 2 and op:match("^between") then
    return "between " .. M.value(th[1], ev.field, ev.unit) .. " and " .. M.value(th[2], ev.field, ev.unit)
  end
  if th == nil then return op end
  return (op ~= "" and op .. " " or "") .. M.value(th, ev.field, ev.unit)
end

-- Where a profile value came from: provenance, year and note of an
-- evidence entry, as one line of text.
function M.provenance(ev)
  local parts = {}
  local p = ev.provenance
  if type(p) == "table" then
    if p.source then parts[#parts + 1] = str(p.source) end
    if p.year then parts[#parts + 1] = str(p.year) end
    if p.code then parts[#parts + 1] = "code " .. str(p.code) end
    if p.note then parts[#parts + 1] = str(p.note) end
  end
  if ev.year and not (type(p) == "table" and p.year) then parts[#parts + 1] = str(ev.year) end
  if ev.note then parts[#parts + 1] = str(ev.note) end
  if #parts == 0 then return nil end
  return table.concat(parts, ", ")
end

-- A report citation (finding.source) without its quote: "Ch. 2, SME
-- Promotion Policy, Table 2-6, fn 36 [L768]".
function M.citation(src)
  if type(src) ~= "table" then return nil end
  local parts = {}
  if src.chapter then parts[#parts + 1] = "Ch. " .. str(src.chapter) end
  if src.section then parts[#parts + 1] = str(src.section) end
  if src.table then parts[#parts + 1] = "Table " .. str(src.table) end
  if src.figure then parts[#parts + 1] = "Figure " .. str(src.figure) end
  if src.footnote then parts[#parts + 1] = "fn " .. str(src.footnote) end
  local text = table.concat(parts, ", ")
  if src.lines then
    local lines = str(src.lines)
    text = text .. (text ~= "" and " " or "") .. "[" .. lines .. "]"
  end
  if text == "" then return nil end
  return text
end

-- "1 finding", "3 findings".
function M.count(n, one, many)
  return M.num(n) .. " " .. (n == 1 and one or (many or one .. "s"))
end

-- "a", "a and b", "a, b and c".
function M.join_and(items)
  if #items <= 1 then return items[1] or "" end
  return table.concat(items, ", ", 1, #items - 1) .. " and " .. items[#items]
end

-- Splits TEXT into lines of at most WIDTH characters (UTF-8 aware), at
-- most MAX_LINES, the last one ending in an ellipsis when text was cut.
function M.wrap(text, width, max_lines)
  local lines, line = {}, ""
  local function ulen(s) return utf8.len(s) or #s end
  for word in str(text):gmatch("%S+") do
    if line == "" then
      line = word
    elseif ulen(line) + 1 + ulen(word) <= width then
      line = line .. " " .. word
    else
      lines[#lines + 1] = line
      line = word
    end
  end
  if line ~= "" then lines[#lines + 1] = line end
  for i, l in ipairs(lines) do -- a single over-long word is cut
    if ulen(l) > width then
      lines[i] = l:sub(1, (utf8.offset(l, width) or (width + 1)) - 1) .. "…"
    end
  end
  if max_lines and #lines > max_lines then
    local last = lines[max_lines]
    if ulen(last) > width - 1 then last = last:sub(1, (utf8.offset(last, width - 1) or width) - 1) end
    lines[max_lines] = last .. "…"
    for i = #lines, max_lines + 1, -1 do lines[i] = nil end
  end
  return lines
end

return M
