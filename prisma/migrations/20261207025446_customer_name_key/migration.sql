-- AlterTable
ALTER TABLE "customer" ADD COLUMN     "name_key" TEXT;

-- The key is searchKey(name) of packages/domain (search-key.ts), written in SQL by searchKeySql
-- (apps/api/src/lib/sql-text.ts); customer-lookup.int.test.ts checks that both fold names alike.
CREATE FUNCTION customer_name_key() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.name_key := translate(replace(replace(replace(replace(replace(lower(NEW.name), 'љ', 'lj'), 'њ', 'nj'), 'џ', 'dz'), 'ђ', 'dj'), 'đ', 'dj'), 'абвгдежзијклмнопрстћуфхцчшčćšž', 'abvgdezzijklmnoprstcufhccsccsz');
  RETURN NEW;
END
$$;

CREATE TRIGGER customer_name_key BEFORE INSERT OR UPDATE OF name ON customer
  FOR EACH ROW EXECUTE FUNCTION customer_name_key();

UPDATE customer SET name = name;
