local ping = require("ping")
return { ping = ping }
