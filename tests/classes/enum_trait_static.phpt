--TEST--
enums using traits and static methods
--FILE--
<?php
trait Describable {
    public function describe(): string { return static::class . "::" . $this->name; }
}
enum Planet: int {
    use Describable;
    case Mercury = 1;
    case Venus = 2;
    case Earth = 3;
    public static function inner(): array { return array_filter(self::cases(), fn($p) => $p->value < 3); }
}
echo Planet::Earth->describe(), "\n";
foreach (Planet::inner() as $p) echo $p->describe(), "\n";
--EXPECT--
Planet::Earth
Planet::Mercury
Planet::Venus
