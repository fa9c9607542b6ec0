# Generated from the Burki API 1.0.0 spec; do not edit.
"""The calling user's profile and password, the organization's users, and invitations to join the organization."""

from __future__ import annotations

from functools import cached_property
from typing import Any, Dict, List, Mapping, Optional, Sequence, Union

from typing_extensions import Literal, Unpack

from .. import _operations as _ops
from .._runtime._types import NOT_GIVEN, FileInput, NotGiven, RequestOptions
from .._runtime.pagination import AsyncPageRequest, SyncPage
from .._runtime.raw import async_to_raw_response, to_raw_response
from .._runtime.resource import Resource
from ..types import (
    AcceptInvitationResponse,
    ActionAcknowledgement,
    InvitationDetails,
    InviteUserResponse,
    User,
)



class Users(Resource):
    """The calling user's profile and password, the organization's users, and invitations to join the organization."""

    @cached_property
    def with_raw_response(self) -> UsersWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return UsersWithRawResponse(self)

    def get_me(self, **options: Unpack[RequestOptions]) -> User:
        """Get the calling user

        Returns the profile of the user the credential belongs to.

        ``GET /api/v1/users/me``
        """
        return self._call(_ops.USERS_GET_ME, {}, options)

    async def get_me_async(self, **options: Unpack[RequestOptions]) -> User:
        """Get the calling user

        Returns the profile of the user the credential belongs to.

        ``GET /api/v1/users/me``
        """
        return await self._call_async(_ops.USERS_GET_ME, {}, options)

    def update_me(
        self,
        *,
        first_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        last_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        email: Union[Optional[str], NotGiven] = NOT_GIVEN,
        preferences: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> User:
        """Update the calling user

        Changes the calling user's name, email address or preferences. Only the fields sent are changed;
        `preferences`, when sent, replaces the stored object.

        Args:
            first_name: Given name.
            last_name: Family name.
            email: New sign-in email address.
            preferences: Dashboard preferences (for example `timezone`); replaces the stored object. The
                keys are user data and are never renamed by the SDK.

        ``PUT /api/v1/users/me``
        """
        return self._call(
            _ops.USERS_UPDATE_ME,
            {
                "first_name": first_name,
                "last_name": last_name,
                "email": email,
                "preferences": preferences,
            },
            options,
        )

    async def update_me_async(
        self,
        *,
        first_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        last_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        email: Union[Optional[str], NotGiven] = NOT_GIVEN,
        preferences: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> User:
        """Update the calling user

        Changes the calling user's name, email address or preferences. Only the fields sent are changed;
        `preferences`, when sent, replaces the stored object.

        Args:
            first_name: Given name.
            last_name: Family name.
            email: New sign-in email address.
            preferences: Dashboard preferences (for example `timezone`); replaces the stored object. The
                keys are user data and are never renamed by the SDK.

        ``PUT /api/v1/users/me``
        """
        return await self._call_async(
            _ops.USERS_UPDATE_ME,
            {
                "first_name": first_name,
                "last_name": last_name,
                "email": email,
                "preferences": preferences,
            },
            options,
        )

    def change_password(
        self,
        *,
        current_password: str,
        new_password: str,
        **options: Unpack[RequestOptions],
    ) -> ActionAcknowledgement:
        """Change the calling user's password

        Replaces the calling user's password after checking the current one. A user who signed up with Google and
        never set a password sends an empty `current_password` to set a first one. The server does not declare the
        response body; it is a short acknowledgement.

        Args:
            current_password: The password in use now. Users who signed up with Google and never set a
                password send an empty string to set their first one.
            new_password: The new password.

        ``POST /api/v1/users/me/change-password``
        """
        return self._call(
            _ops.USERS_CHANGE_PASSWORD,
            {
                "current_password": current_password,
                "new_password": new_password,
            },
            options,
        )

    async def change_password_async(
        self,
        *,
        current_password: str,
        new_password: str,
        **options: Unpack[RequestOptions],
    ) -> ActionAcknowledgement:
        """Change the calling user's password

        Replaces the calling user's password after checking the current one. A user who signed up with Google and
        never set a password sends an empty `current_password` to set a first one. The server does not declare the
        response body; it is a short acknowledgement.

        Args:
            current_password: The password in use now. Users who signed up with Google and never set a
                password send an empty string to set their first one.
            new_password: The new password.

        ``POST /api/v1/users/me/change-password``
        """
        return await self._call_async(
            _ops.USERS_CHANGE_PASSWORD,
            {
                "current_password": current_password,
                "new_password": new_password,
            },
            options,
        )

    def list(self, **options: Unpack[RequestOptions]) -> List[User]:
        """List the organization's users

        Returns every user of the caller's organization as a plain array, not paginated.

        ``GET /api/v1/users``
        """
        return self._call(_ops.USERS_LIST, {}, options)

    async def list_async(self, **options: Unpack[RequestOptions]) -> List[User]:
        """List the organization's users

        Returns every user of the caller's organization as a plain array, not paginated.

        ``GET /api/v1/users``
        """
        return await self._call_async(_ops.USERS_LIST, {}, options)

    def invite(
        self,
        *,
        email: str,
        first_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        last_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        role: Union[Union[Literal["user", "admin"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> InviteUserResponse:
        """Invite a user to the organization

        Organization admins only: other users get `403`. Emails an invitation link to join the caller's
        organization with the given role (default `user`). The invitee opens the link and accepts with
        `users.acceptInvitation`.

        Args:
            email: Where the invitation is sent.
            first_name: The invitee's given name, for the invitation email.
            last_name: The invitee's family name.

        ``POST /api/v1/users/invite``
        """
        return self._call(
            _ops.USERS_INVITE,
            {
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
                "role": role,
            },
            options,
        )

    async def invite_async(
        self,
        *,
        email: str,
        first_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        last_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        role: Union[Union[Literal["user", "admin"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> InviteUserResponse:
        """Invite a user to the organization

        Organization admins only: other users get `403`. Emails an invitation link to join the caller's
        organization with the given role (default `user`). The invitee opens the link and accepts with
        `users.acceptInvitation`.

        Args:
            email: Where the invitation is sent.
            first_name: The invitee's given name, for the invitation email.
            last_name: The invitee's family name.

        ``POST /api/v1/users/invite``
        """
        return await self._call_async(
            _ops.USERS_INVITE,
            {
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
                "role": role,
            },
            options,
        )

    def get_invitation(self, token: str, **options: Unpack[RequestOptions]) -> InvitationDetails:
        """Look up an invitation

        Public: needs no API key or token, because the invitation token in the path is the credential. Returns the
        invitation's metadata so a sign-up page can show whom it is for before the invitee accepts. The server
        does not declare the fields of the body.

        Args:
            token: The token from the invitation link. It is the only credential this route needs, so treat
                it as a secret.

        ``GET /api/v1/users/invitation/{token}``
        """
        return self._call(_ops.USERS_GET_INVITATION, {"token": token}, options)

    async def get_invitation_async(self, token: str, **options: Unpack[RequestOptions]) -> InvitationDetails:
        """Look up an invitation

        Public: needs no API key or token, because the invitation token in the path is the credential. Returns the
        invitation's metadata so a sign-up page can show whom it is for before the invitee accepts. The server
        does not declare the fields of the body.

        Args:
            token: The token from the invitation link. It is the only credential this route needs, so treat
                it as a secret.

        ``GET /api/v1/users/invitation/{token}``
        """
        return await self._call_async(_ops.USERS_GET_INVITATION, {"token": token}, options)

    def accept_invitation(
        self,
        *,
        token: str,
        password: str,
        confirm_password: str,
        **options: Unpack[RequestOptions],
    ) -> AcceptInvitationResponse:
        """Accept an invitation

        Public: needs no API key or token, because the invitation token in the body is the credential. Joins the
        invited user to the organization (creating the user if needed) and returns a JWT access token for them;
        store it like any other secret.

        Args:
            token: The token from the invitation link. It grants access to the invitation; do not log it.
            password: The password to set (new users) or the current password (existing users).
            confirm_password: The same password again; it must match `password`.

        ``POST /api/v1/users/accept-invitation``
        """
        return self._call(
            _ops.USERS_ACCEPT_INVITATION,
            {
                "token": token,
                "password": password,
                "confirm_password": confirm_password,
            },
            options,
        )

    async def accept_invitation_async(
        self,
        *,
        token: str,
        password: str,
        confirm_password: str,
        **options: Unpack[RequestOptions],
    ) -> AcceptInvitationResponse:
        """Accept an invitation

        Public: needs no API key or token, because the invitation token in the body is the credential. Joins the
        invited user to the organization (creating the user if needed) and returns a JWT access token for them;
        store it like any other secret.

        Args:
            token: The token from the invitation link. It grants access to the invitation; do not log it.
            password: The password to set (new users) or the current password (existing users).
            confirm_password: The same password again; it must match `password`.

        ``POST /api/v1/users/accept-invitation``
        """
        return await self._call_async(
            _ops.USERS_ACCEPT_INVITATION,
            {
                "token": token,
                "password": password,
                "confirm_password": confirm_password,
            },
            options,
        )


class AsyncUsers(Resource):
    """The calling user's profile and password, the organization's users, and invitations to join the organization.

    The async form of ``Users``.
    """

    @cached_property
    def with_raw_response(self) -> AsyncUsersWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return AsyncUsersWithRawResponse(self)

    async def get_me(self, **options: Unpack[RequestOptions]) -> User:
        """Get the calling user

        Returns the profile of the user the credential belongs to.

        ``GET /api/v1/users/me``
        """
        return await self._call_async(_ops.USERS_GET_ME, {}, options)

    async def update_me(
        self,
        *,
        first_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        last_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        email: Union[Optional[str], NotGiven] = NOT_GIVEN,
        preferences: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> User:
        """Update the calling user

        Changes the calling user's name, email address or preferences. Only the fields sent are changed;
        `preferences`, when sent, replaces the stored object.

        Args:
            first_name: Given name.
            last_name: Family name.
            email: New sign-in email address.
            preferences: Dashboard preferences (for example `timezone`); replaces the stored object. The
                keys are user data and are never renamed by the SDK.

        ``PUT /api/v1/users/me``
        """
        return await self._call_async(
            _ops.USERS_UPDATE_ME,
            {
                "first_name": first_name,
                "last_name": last_name,
                "email": email,
                "preferences": preferences,
            },
            options,
        )

    async def change_password(
        self,
        *,
        current_password: str,
        new_password: str,
        **options: Unpack[RequestOptions],
    ) -> ActionAcknowledgement:
        """Change the calling user's password

        Replaces the calling user's password after checking the current one. A user who signed up with Google and
        never set a password sends an empty `current_password` to set a first one. The server does not declare the
        response body; it is a short acknowledgement.

        Args:
            current_password: The password in use now. Users who signed up with Google and never set a
                password send an empty string to set their first one.
            new_password: The new password.

        ``POST /api/v1/users/me/change-password``
        """
        return await self._call_async(
            _ops.USERS_CHANGE_PASSWORD,
            {
                "current_password": current_password,
                "new_password": new_password,
            },
            options,
        )

    async def list(self, **options: Unpack[RequestOptions]) -> List[User]:
        """List the organization's users

        Returns every user of the caller's organization as a plain array, not paginated.

        ``GET /api/v1/users``
        """
        return await self._call_async(_ops.USERS_LIST, {}, options)

    async def invite(
        self,
        *,
        email: str,
        first_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        last_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        role: Union[Union[Literal["user", "admin"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> InviteUserResponse:
        """Invite a user to the organization

        Organization admins only: other users get `403`. Emails an invitation link to join the caller's
        organization with the given role (default `user`). The invitee opens the link and accepts with
        `users.acceptInvitation`.

        Args:
            email: Where the invitation is sent.
            first_name: The invitee's given name, for the invitation email.
            last_name: The invitee's family name.

        ``POST /api/v1/users/invite``
        """
        return await self._call_async(
            _ops.USERS_INVITE,
            {
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
                "role": role,
            },
            options,
        )

    async def get_invitation(self, token: str, **options: Unpack[RequestOptions]) -> InvitationDetails:
        """Look up an invitation

        Public: needs no API key or token, because the invitation token in the path is the credential. Returns the
        invitation's metadata so a sign-up page can show whom it is for before the invitee accepts. The server
        does not declare the fields of the body.

        Args:
            token: The token from the invitation link. It is the only credential this route needs, so treat
                it as a secret.

        ``GET /api/v1/users/invitation/{token}``
        """
        return await self._call_async(_ops.USERS_GET_INVITATION, {"token": token}, options)

    async def accept_invitation(
        self,
        *,
        token: str,
        password: str,
        confirm_password: str,
        **options: Unpack[RequestOptions],
    ) -> AcceptInvitationResponse:
        """Accept an invitation

        Public: needs no API key or token, because the invitation token in the body is the credential. Joins the
        invited user to the organization (creating the user if needed) and returns a JWT access token for them;
        store it like any other secret.

        Args:
            token: The token from the invitation link. It grants access to the invitation; do not log it.
            password: The password to set (new users) or the current password (existing users).
            confirm_password: The same password again; it must match `password`.

        ``POST /api/v1/users/accept-invitation``
        """
        return await self._call_async(
            _ops.USERS_ACCEPT_INVITATION,
            {
                "token": token,
                "password": password,
                "confirm_password": confirm_password,
            },
            options,
        )


class UsersWithRawResponse:
    def __init__(self, resource: Users) -> None:
        self.get_me = to_raw_response(resource.get_me)
        self.get_me_async = async_to_raw_response(resource.get_me_async)
        self.update_me = to_raw_response(resource.update_me)
        self.update_me_async = async_to_raw_response(resource.update_me_async)
        self.change_password = to_raw_response(resource.change_password)
        self.change_password_async = async_to_raw_response(resource.change_password_async)
        self.list = to_raw_response(resource.list)
        self.list_async = async_to_raw_response(resource.list_async)
        self.invite = to_raw_response(resource.invite)
        self.invite_async = async_to_raw_response(resource.invite_async)
        self.get_invitation = to_raw_response(resource.get_invitation)
        self.get_invitation_async = async_to_raw_response(resource.get_invitation_async)
        self.accept_invitation = to_raw_response(resource.accept_invitation)
        self.accept_invitation_async = async_to_raw_response(resource.accept_invitation_async)


class AsyncUsersWithRawResponse:
    def __init__(self, resource: AsyncUsers) -> None:
        self.get_me = async_to_raw_response(resource.get_me)
        self.update_me = async_to_raw_response(resource.update_me)
        self.change_password = async_to_raw_response(resource.change_password)
        self.list = async_to_raw_response(resource.list)
        self.invite = async_to_raw_response(resource.invite)
        self.get_invitation = async_to_raw_response(resource.get_invitation)
        self.accept_invitation = async_to_raw_response(resource.accept_invitation)
