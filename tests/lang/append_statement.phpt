--TEST--
$a[] = $b and $a[] = $c[$d] statements (fast path and every fallback)
--FILE--
<?php
$a = [1]; $a[] = $a; var_dump($a);
$b = "x"; $s = [];
$s[] = $b; $b .= "y"; var_dump($s, $b);
$u[] = $undef; var_dump($u);
$r = [1]; $q = &$r; $q[] = $q; var_dump($r);
$t = [1,2]; $c = $t; $c[] = 3; var_dump($t, $c);
function f() { $x = 5; $arr = [PHP_INT_MAX => 1]; try { $arr[] = $x; } catch (Error $e) { echo $e->getMessage(), "\n"; } }
f();
$str = "abc"; try { $str[] = $b; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$f = false; $f[] = $b; var_dump($f);
$src = [1, "s", [2], 4.5]; $dst = [];
for ($i = 0; $i < 5; $i++) { $dst[] = $src[$i]; }
$dst[0] = 9; var_dump($src, $dst);
$h = ["a" => 1, 3 => "x"]; $k = 3; $o = []; $o[] = $h[$k]; $k = "a"; $o[] = $h[$k]; $k = "b"; $o[] = $h[$k]; var_dump($o);
$self = [1, 2]; $z = 0; $self[] = $self[$z]; var_dump($self);
$rr = [1]; $ref = &$rr[0]; $w = []; $zero = 0; $w[] = $rr[$zero]; $ref = 7; var_dump($w);
$nn = null; $w[] = $nn[$zero]; var_dump(count($w));
$sv = "str"; $w[] = $sv[$zero]; var_dump($w[3]);
--EXPECTF--
array(2) {
  [0]=>
  int(1)
  [1]=>
  array(1) {
    [0]=>
    int(1)
  }
}
array(1) {
  [0]=>
  string(1) "x"
}
string(2) "xy"

Warning: Undefined variable $undef in %s on line 5
array(1) {
  [0]=>
  NULL
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  array(1) {
    [0]=>
    int(1)
  }
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
Cannot add element to the array as the next element is already occupied
[] operator not supported for strings

Deprecated: Automatic conversion of false to array is deprecated in %s on line 11
array(1) {
  [0]=>
  string(2) "xy"
}

Warning: Undefined array key 4 in %s on line 13
array(4) {
  [0]=>
  int(1)
  [1]=>
  string(1) "s"
  [2]=>
  array(1) {
    [0]=>
    int(2)
  }
  [3]=>
  float(4.5)
}
array(5) {
  [0]=>
  int(9)
  [1]=>
  string(1) "s"
  [2]=>
  array(1) {
    [0]=>
    int(2)
  }
  [3]=>
  float(4.5)
  [4]=>
  NULL
}

Warning: Undefined array key "b" in %s on line 15
array(3) {
  [0]=>
  string(1) "x"
  [1]=>
  int(1)
  [2]=>
  NULL
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(1)
}
array(1) {
  [0]=>
  int(1)
}

Warning: Trying to access array offset on value of type null in %s on line 18
int(2)

Warning: Undefined array key 3 in %s on line 19
NULL
