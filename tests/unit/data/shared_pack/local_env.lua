local function seen() local e = _ENV; e.x = (e.x or 0) + 1; return e.x end
return require("probe")("local_env", seen)
