domif-getlink nosuch testnet0
