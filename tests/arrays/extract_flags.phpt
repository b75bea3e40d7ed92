--TEST--
extract(): EXTR_OVERWRITE, SKIP, PREFIX_* and IF_EXISTS
--FILE--
<?php
function f() {
    $a = "old";
    var_dump(extract(["a" => "new", "b" => 2, "1bad" => 3, 4 => 5]));
    var_dump($a, $b);
    var_dump(extract(["a" => "skip", "c" => 3], EXTR_SKIP), $a, $c);
    var_dump(extract(["a" => 1, "d" => 4], EXTR_PREFIX_SAME, "p"), $p_a, $d);
    var_dump(extract(["a" => 1, 7 => "seven"], EXTR_PREFIX_ALL, "all"), $all_a, $all_7);
    var_dump(extract(["ok" => 1, "1x" => 2, 3 => 3], EXTR_PREFIX_INVALID, "inv"), $ok, $inv_1x, $inv_3);
    var_dump(extract(["a" => "if", "zz" => 1], EXTR_IF_EXISTS), $a, isset($zz));
    var_dump(extract(["a" => "pre", "zz" => 1], EXTR_PREFIX_IF_EXISTS, "pe"), $pe_a, isset($pe_zz));
}
f();
--EXPECT--
int(2)
string(3) "new"
int(2)
int(1)
string(3) "new"
int(3)
int(2)
int(1)
int(4)
int(2)
int(1)
string(5) "seven"
int(3)
int(1)
int(2)
int(3)
int(1)
string(2) "if"
bool(false)
int(2)
string(3) "pre"
bool(false)
