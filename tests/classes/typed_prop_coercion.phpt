--TEST--
scalar coercion into typed properties in coercive mode
--FILE--
<?php
class A {
    public int $i = 0;
    public float $f = 0.0;
    public string $s = "";
    public bool $b = false;
    public int|string $u = 0;
    public ?int $n = 1;
}
$a = new A;
$a->i = "42";
$a->f = 7;
$a->s = 12;
$a->b = "yes";
$a->u = "x";
$a->n = null;
var_dump($a->i, $a->f, $a->s, $a->b, $a->u, $a->n);
$a->i = 3.0;
var_dump($a->i);
$a->u = 2.5;
var_dump($a->u);
$a->i++;
var_dump($a->i);
$a->f += 1;
var_dump($a->f);
--EXPECTF--
int(42)
float(7)
string(2) "12"
bool(true)
string(1) "x"
NULL
int(3)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 20
int(2)
int(4)
float(8)
