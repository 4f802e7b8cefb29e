domif-getlink test testnet0
