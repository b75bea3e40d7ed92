--TEST--
$this, fluent interfaces and passing $this around
--FILE--
<?php
class QueryBuilder {
    private $parts = [];
    function select(...$cols) { $this->parts[] = "SELECT " . implode(", ", $cols); return $this; }
    function from($t) { $this->parts[] = "FROM $t"; return $this; }
    function where($c) { $this->parts[] = "WHERE $c"; return $this; }
    function build() { return implode(" ", $this->parts); }
    function self() { return $this; }
}
$q = (new QueryBuilder)->select("a", "b")->from("t")->where("a > 1");
echo $q->build(), "\n";
var_dump($q->self() === $q);
--EXPECT--
SELECT a, b FROM t WHERE a > 1
bool(true)
