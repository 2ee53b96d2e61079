"""Initial schema: families, children, BuT entries and details, reasons, adults and
Minijobs, and the change history.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('txn_id', sa.Uuid(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('family_id', sa.Uuid(), nullable=True),
    sa.Column('record_type', sa.String(length=30), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=True),
    sa.Column('old_value', sa.String(), nullable=True),
    sa.Column('new_value', sa.String(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change'))
    )
    with op.batch_alter_table('change', schema=None) as batch_op:
        batch_op.create_index('ix_change_family_id_id', ['family_id', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_change_record_id'), ['record_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_change_txn_id'), ['txn_id'], unique=False)

    op.create_table('family',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('code', sa.String(length=100), nullable=False),
    sa.Column('location', sa.String(length=100), nullable=True),
    sa.Column('coach', sa.String(length=100), nullable=True),
    sa.Column('created_on', sa.Date(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('migration_background', sa.Boolean(), nullable=True),
    sa.Column('parenting_status', sa.String(length=30), nullable=True),
    sa.CheckConstraint("parenting_status IS NULL OR parenting_status IN ('alleinerziehend', 'nicht alleinerziehend')", name=op.f('ck_family_parenting_status')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_family')),
    sa.UniqueConstraint('code', name=op.f('uq_family_code'))
    )
    with op.batch_alter_table('family', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_family_coach'), ['coach'], unique=False)
        batch_op.create_index(batch_op.f('ix_family_location'), ['location'], unique=False)
        batch_op.create_index(batch_op.f('ix_family_updated_at'), ['updated_at'], unique=False)

    op.create_table('reason',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('area', sa.String(length=40), nullable=False),
    sa.Column('text', sa.String(length=500), nullable=False),
    sa.Column('seeded', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("area IS NULL OR area IN ('Mittagsverpflegung', 'Lernförderung', 'Teilhabe schulisch', 'Teilhabe soziokulturell')", name=op.f('ck_reason_area')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reason')),
    sa.UniqueConstraint('area', 'text', name=op.f('uq_reason_area_text'))
    )
    op.create_table('child',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('family_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('age_years', sa.Integer(), nullable=True),
    sa.Column('age_recorded_on', sa.Date(), nullable=True),
    sa.Column('facility', sa.String(length=40), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.CheckConstraint("facility IS NULL OR facility IN ('keine', 'KiTa', 'Grundschule', 'Weiterführende Schule', 'Förderschule', 'Berufskolleg', 'Ausbildung / Arbeit')", name=op.f('ck_child_facility')),
    sa.CheckConstraint('age_years IS NULL OR (age_years >= 0 AND age_years <= 120)', name=op.f('ck_child_age_years')),
    sa.ForeignKeyConstraint(['family_id'], ['family.id'], name=op.f('fk_child_family_id_family'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_child')),
    sa.UniqueConstraint('family_id', 'name', name=op.f('uq_child_family_id_name'))
    )
    with op.batch_alter_table('child', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_child_family_id'), ['family_id'], unique=False)

    op.create_table('person',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('family_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('age_years', sa.Integer(), nullable=True),
    sa.Column('age_recorded_on', sa.Date(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.CheckConstraint('age_years IS NULL OR (age_years >= 0 AND age_years <= 120)', name=op.f('ck_person_age_years')),
    sa.ForeignKeyConstraint(['family_id'], ['family.id'], name=op.f('fk_person_family_id_family'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person')),
    sa.UniqueConstraint('family_id', 'name', name=op.f('uq_person_family_id_name'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_family_id'), ['family_id'], unique=False)

    op.create_table('but_entry',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('child_id', sa.Uuid(), nullable=False),
    sa.Column('area', sa.String(length=40), nullable=False),
    sa.Column('entitled', sa.Boolean(), nullable=True),
    sa.Column('offer_exists', sa.Boolean(), nullable=True),
    sa.Column('offer_known', sa.Boolean(), nullable=True),
    sa.Column('offer_interesting', sa.Boolean(), nullable=True),
    sa.Column('applied', sa.Boolean(), nullable=True),
    sa.Column('approved', sa.Boolean(), nullable=True),
    sa.Column('used', sa.Boolean(), nullable=True),
    sa.Column('implied_mask', sa.Integer(), nullable=False),
    sa.Column('applied_on', sa.Date(), nullable=True),
    sa.Column('approved_on', sa.Date(), nullable=True),
    sa.Column('reason_id', sa.Uuid(), nullable=True),
    sa.Column('note', sa.String(length=2000), nullable=True),
    sa.CheckConstraint("area IS NULL OR area IN ('Mittagsverpflegung', 'Lernförderung', 'Teilhabe schulisch', 'Teilhabe soziokulturell')", name=op.f('ck_but_entry_area')),
    sa.CheckConstraint('implied_mask >= 0 AND implied_mask < 128', name=op.f('ck_but_entry_implied_mask')),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_but_entry_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['reason_id'], ['reason.id'], name=op.f('fk_but_entry_reason_id_reason')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_but_entry')),
    sa.UniqueConstraint('child_id', 'area', name=op.f('uq_but_entry_child_id_area'))
    )
    with op.batch_alter_table('but_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_but_entry_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_but_entry_reason_id'), ['reason_id'], unique=False)

    op.create_table('minijob',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('employer', sa.String(length=200), nullable=True),
    sa.Column('started_on', sa.Date(), nullable=True),
    sa.Column('searched', sa.Integer(), nullable=True),
    sa.Column('found', sa.Integer(), nullable=True),
    sa.Column('approached', sa.Integer(), nullable=True),
    sa.Column('topup_possible', sa.Boolean(), nullable=True),
    sa.Column('topped_up', sa.Boolean(), nullable=True),
    sa.Column('sustainable', sa.Boolean(), nullable=True),
    sa.Column('note_searched', sa.String(length=2000), nullable=True),
    sa.Column('note_found', sa.String(length=2000), nullable=True),
    sa.Column('note_approached', sa.String(length=2000), nullable=True),
    sa.Column('note_topup', sa.String(length=2000), nullable=True),
    sa.Column('note_sustainable', sa.String(length=2000), nullable=True),
    sa.CheckConstraint('approached IS NULL OR (approached >= 1 AND approached <= 4)', name=op.f('ck_minijob_approached')),
    sa.CheckConstraint('found IS NULL OR (found >= 1 AND found <= 4)', name=op.f('ck_minijob_found')),
    sa.CheckConstraint('searched IS NULL OR (searched >= 1 AND searched <= 4)', name=op.f('ck_minijob_searched')),
    sa.CheckConstraint('topped_up IS NULL OR topup_possible IS TRUE', name=op.f('ck_minijob_topped_up_needs_possible')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_minijob_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_minijob')),
    sa.UniqueConstraint('person_id', name=op.f('uq_minijob_person_id'))
    )
    op.create_table('but_detail',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('entry_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('item', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['but_entry.id'], name=op.f('fk_but_detail_entry_id_but_entry'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_but_detail')),
    sa.UniqueConstraint('entry_id', 'item', name=op.f('uq_but_detail_entry_id_item'))
    )
    with op.batch_alter_table('but_detail', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_but_detail_entry_id'), ['entry_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('but_detail', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_but_detail_entry_id'))

    op.drop_table('but_detail')
    op.drop_table('minijob')
    with op.batch_alter_table('but_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_but_entry_reason_id'))
        batch_op.drop_index(batch_op.f('ix_but_entry_child_id'))

    op.drop_table('but_entry')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_family_id'))

    op.drop_table('person')
    with op.batch_alter_table('child', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_child_family_id'))

    op.drop_table('child')
    op.drop_table('reason')
    with op.batch_alter_table('family', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_family_updated_at'))
        batch_op.drop_index(batch_op.f('ix_family_location'))
        batch_op.drop_index(batch_op.f('ix_family_coach'))

    op.drop_table('family')
    with op.batch_alter_table('change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_change_txn_id'))
        batch_op.drop_index(batch_op.f('ix_change_record_id'))
        batch_op.drop_index('ix_change_family_id_id')

    op.drop_table('change')
