function seen() counter = (counter or 0) + 1; return counter end
return require("probe")("global_counter", seen)
