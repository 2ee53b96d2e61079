"""Synchronisation state: units a sync left with several heads, and records matched by their
human key (issue 16). The history itself is unchanged: its transaction ids already are global.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_head',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('record_type', sa.String(length=30), nullable=False),
    sa.Column('unit', sa.String(length=30), nullable=False),
    sa.Column('family_id', sa.Uuid(), nullable=True),
    sa.Column('heads', sa.String(), nullable=False),
    sa.Column('open', sa.Boolean(), nullable=False),
    sa.Column('seen_upto', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_head')),
    sa.UniqueConstraint('record_id', 'unit', name=op.f('uq_sync_head_record_id_unit'))
    )
    with op.batch_alter_table('sync_head', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_head_family_id'), ['family_id'], unique=False)

    op.create_table('sync_alias',
    sa.Column('alias_id', sa.Uuid(), nullable=False),
    sa.Column('kept_id', sa.Uuid(), nullable=False),
    sa.Column('record_type', sa.String(length=30), nullable=False),
    sa.PrimaryKeyConstraint('alias_id', name=op.f('pk_sync_alias'))
    )
    with op.batch_alter_table('sync_alias', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_alias_kept_id'), ['kept_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('sync_alias', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_alias_kept_id'))
    op.drop_table('sync_alias')
    with op.batch_alter_table('sync_head', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_head_family_id'))
    op.drop_table('sync_head')
