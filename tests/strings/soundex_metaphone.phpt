--TEST--
soundex() and metaphone()
--FILE--
<?php
foreach (["Robert", "Rupert", "Tymczak", "Pfister", "Lloyd", "", "123", "Ashcraft"] as $w)
    echo $w, " => ", soundex($w), "\n";
foreach (["Thompson", "knight", "school", "character", "Xavier", "wright", "science", "laugh", "dodge", "Schwarz", "photograph"] as $w)
    echo $w, " => ", metaphone($w), "\n";
var_dump(metaphone("Thompson Knight", 3), metaphone(""), metaphone("123"));
--EXPECT--
Robert => R163
Rupert => R163
Tymczak => T522
Pfister => P236
Lloyd => L300
 => 0000
123 => 0000
Ashcraft => A226
Thompson => 0MPSN
knight => NFT
school => SXL
character => XRKTR
Xavier => SFR
wright => RFT
science => SNS
laugh => LF
dodge => TJ
Schwarz => SXWRS
photograph => FTKRF
string(3) "0MP"
string(0) ""
string(0) ""
