'domuuid test extra'
