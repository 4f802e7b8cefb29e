'domif-getlink test aa:bb:cc:dd:ee:ff; domif-getlink test AA:BB:CC:DD:EE:FF --config; domif-getlink --interface testnet0 --domain test --persistent'
